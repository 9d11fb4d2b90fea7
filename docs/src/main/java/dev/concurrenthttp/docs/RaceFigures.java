package dev.concurrenthttp.docs;

import dev.concurrenthttp.step5.Styles;
import dev.concurrenthttp.step5.Verdict;
import dev.concurrenthttp.tour.CodeLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The chapter's two tables, from a run's verdicts and the styles' sources: scenario by style, and style by style. */
final class RaceFigures {

    private static final String STEP5 = "step5-races/src/%s/java/dev/concurrenthttp/step5/%s.java";

    /** Each style's scenarios class and race helper, and what it makes its requests with. */
    private record Sources(String course, String helper, String requests, String tree) {
    }

    private static final Map<String, Sources> SOURCES = Map.of(
            "futures", new Sources("FutureCourse", "FutureRace", "JdkGet", "main"),
            "session", new Sources("FutureCourse", "FutureRace", "SessionGet", "main"),
            "threads", new Sources("ThreadsCourse", "ThreadRace", "BlockingCalls", "main"),
            "scope", new Sources("ScopeCourse", "ScopeRace", "BlockingCalls", "scope"));

    private RaceFigures() {
    }

    /** The verdicts a {@code Races --record} run wrote. */
    static List<Verdict> read(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(line -> line.split(","))
                .map(f -> new Verdict(f[0], Integer.parseInt(f[1]), f[2].equals("right"), f[2],
                        Double.parseDouble(f[3]), Integer.parseInt(f[4])))
                .toList();
    }

    /** Rows: the eleven scenarios; columns: the styles run; cells: the verdict, its time and platform threads. */
    static String verdictTable(List<Verdict> verdicts) {
        List<String> styles = Styles.ALL.stream().filter(s -> verdicts.stream().anyMatch(v -> v.style().equals(s))).toList();
        StringBuilder table = new StringBuilder("[cols=\"1" + ",2".repeat(styles.size()) + "\",options=\"header\"]\n|===\n| Scenario");
        styles.forEach(style -> table.append(" | ").append(style));
        table.append('\n');
        for (int n = 1; n <= 11; n++) {
            table.append("| ").append(n);
            for (String style : styles) {
                int scenario = n;
                Optional<Verdict> verdict = verdicts.stream()
                        .filter(v -> v.style().equals(style) && v.scenario() == scenario).findFirst();
                table.append(" | ").append(verdict.map(v -> String.format(Locale.ROOT, "%s, %.2f s, %d threads",
                        v.right() ? "right" : "*wrong*", v.seconds(), v.platformThreads())).orElse("not run"));
            }
            table.append('\n');
        }
        return table.append("|===\n").toString();
    }

    /** One row per style: lines of its eleven scenario methods and of its race helper, most platform threads, total time. */
    static String styleTable(List<Verdict> verdicts, Path root) throws IOException {
        StringBuilder table = new StringBuilder("[cols=\"1,1,1,1,1,1\",options=\"header\"]\n|===\n"
                + "| Style | Lines per scenario (all 11) | Lines, race helper | Lines, requests and helpers"
                + " | Most platform threads | Time, 11 scenarios\n");
        for (String style : Styles.ALL) {
            List<Verdict> own = verdicts.stream().filter(v -> v.style().equals(style)).toList();
            if (own.isEmpty()) {
                continue;
            }
            Sources sources = SOURCES.get(style);
            long scenarioLines = taggedLines(root, sources, sources.course(), "scenarios");
            table.append(String.format(Locale.ROOT, "| %s | %.1f (%d) | %d | %d | %d | %.1f s%n", style,
                    scenarioLines / 11.0, scenarioLines,
                    codeLines(root, sources.tree(), sources.helper()),
                    codeLines(root, "main", sources.requests()),
                    own.stream().mapToInt(Verdict::platformThreads).max().orElse(0),
                    own.stream().mapToDouble(Verdict::seconds).sum()));
        }
        return table.append("|===\n").toString();
    }

    /** Lines inside {@code tag::name[]} of a source file that are neither blank nor the tags of smaller parts. */
    private static long taggedLines(Path root, Sources sources, String className, String tag) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(String.format(STEP5, sources.tree(), className)));
        int start = lines.indexOf("    // tag::" + tag + "[]");
        int end = lines.indexOf("    // end::" + tag + "[]");
        return lines.subList(start + 1, end).stream()
                .filter(line -> !line.isBlank() && !line.strip().startsWith("// tag::") && !line.strip().startsWith("// end::"))
                .count();
    }

    /** The code lines of a class, counted as the tour counts a recipe's. */
    private static long codeLines(Path root, String tree, String className) {
        return CodeLines.of(root.resolve(String.format(STEP5, tree, className)));
    }
}
