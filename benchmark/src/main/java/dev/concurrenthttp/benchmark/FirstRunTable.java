package dev.concurrenthttp.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * F1's rows as a table: one line per program and job, with its cold, cached and warm times side
 * by side, the target's verdict, and below, each row that did not run and why.
 */
final class FirstRunTable {

    private static final String FORMAT = "%-22s %-20s %-20s %-20s %s%n";
    private static final List<String> VARIANTS = List.of(FirstRuns.COLD, FirstRuns.CACHE, FirstRuns.WARM);

    private FirstRunTable() {
    }

    static String text(List<ResultRow> rows, int runs, boolean judged) {
        StringBuilder t = new StringBuilder();
        t.append(format("F1, first run: Enter to exit, each program started once as a reader starts it;%n"
                + "seconds, median [min-max] of %d runs, interleaved. Steps: the README's command,%n", runs));
        t.append("java ").append(String.join(" ", FirstRuns.JVM_OPTIONS)).append(" -jar STEP/target/STEP.jar,\n");
        t.append("cold, or with -XX:AOTCache=STEP/target/STEP.aot; warm: the same work again in a process\n");
        t.append("that has done it before. The three URLs and 1,000 x /delay/1 ask a local httpbin in a JVM\n");
        t.append("of its own; step 4's 5,000 x /delay/1 starts one inside its own JVM. Targets, with the cache:\n");
        t.append("the three URLs within 1.5x aiohttp's first run, 1,000 no slower, step 4's 5,000 within 3.0 s.\n");
        t.append(format(FORMAT, "who", "cold", "AOT cache", "warm", "target"));
        Map<Job, Map<String, Map<String, ResultRow>>> byJob = new LinkedHashMap<>();
        for (ResultRow row : rows) {
            byJob.computeIfAbsent(row.job(), job -> new LinkedHashMap<>())
                    .computeIfAbsent(program(row), who -> new LinkedHashMap<>()).put(variant(row), row);
        }
        List<ResultRow> skipped = new ArrayList<>();
        byJob.forEach((job, programs) -> {
            t.append(title(job)).append('\n');
            Optional<ResultRow> reference = Optional.ofNullable(programs.get(Benchmark.AIOHTTP))
                    .map(variants -> variants.get(FirstRuns.COLD));
            programs.forEach((who, variants) -> {
                List<String> cells = new ArrayList<>(List.of(who));
                for (String variant : VARIANTS) {
                    ResultRow row = variants.get(variant);
                    cells.add(row == null ? "" : row.hasRuns() ? seconds(row.seconds()) : "skipped");
                    if (row != null && !row.hasRuns()) {
                        skipped.add(row);
                    }
                }
                cells.add(judged ? Targets.f1(judgedRow(variants), reference) : "");
                t.append(format(FORMAT, cells.toArray()));
            });
        });
        for (ResultRow row : skipped) {
            t.append("skipped: ").append(row.who()).append(", ").append(title(row.job())).append(": ")
                    .append(row.problem().orElseThrow()).append('\n');
        }
        return t.toString();
    }

    /** The README's command is the one with the cache; where there is none, the plain one. */
    private static ResultRow judgedRow(Map<String, ResultRow> variants) {
        ResultRow cached = variants.get(FirstRuns.CACHE);
        return cached != null && cached.hasRuns() ? cached : variants.getOrDefault(FirstRuns.COLD, cached);
    }

    static String title(Job job) {
        if (job.path().equals(Job.THE_THREE)) {
            return "the three URLs, " + job.path();
        }
        return format("%,d x %s, all in flight%s", job.requests(), job.path(),
                job.requests() == FirstRuns.IN_ONE_JVM ? ", with the local httpbin in the same JVM" : "");
    }

    static String program(ResultRow row) {
        return row.who().substring(0, row.who().lastIndexOf(" ["));
    }

    static String variant(ResultRow row) {
        return row.who().substring(row.who().lastIndexOf(" [") + 2, row.who().length() - 1);
    }

    private static String seconds(Spread s) {
        return format("%.3f [%.3f-%.3f]", s.median(), s.min(), s.max());
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
