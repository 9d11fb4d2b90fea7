package dev.concurrenthttp.docs;

import dev.concurrenthttp.commandline.ChildProcesses;
import dev.concurrenthttp.httpbin.scenarios.Exchange;
import dev.concurrenthttp.httpbin.scenarios.ScenarioServer;
import dev.concurrenthttp.step5.Styles;
import dev.concurrenthttp.step5.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs step 5's course the way a reader would, once per style, and keeps what it printed, the
 * figures of each scenario, and timelines of the hedge (scenario 7) and the race of 10,000
 * (scenario 3) as the server saw them. The server runs here; each style's client runs in a JVM
 * of its own, with preview features on where the JDK is 25, as {@code -Praces} runs it.
 *
 * <p>Arguments: the captured folder, the images folder, the project's root folder.
 */
public final class CaptureRaces {

    /** The style whose timelines the chapter shows. */
    static final String PICTURED = "threads";

    private CaptureRaces() {
    }

    public static void main(String... args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CaptureRaces <captured-dir> <images-dir> <project-root>");
        }
        Path captured = Files.createDirectories(Path.of(args[0]));
        Path images = Files.createDirectories(Path.of(args[1]));
        Path root = Path.of(args[2]);
        boolean scope = Runtime.version().feature() == 25;
        List<String> printed = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        if (!scope) {
            printed.add(Styles.SCOPE_SKIPPED);
        }
        try (ScenarioServer server = ScenarioServer.start()) {
            for (String style : Styles.ALL) {
                if (style.equals("scope") && !scope) {
                    continue;
                }
                server.forgetExchanges();
                Path record = captured.resolve("races-" + style + ".csv");
                printed.addAll(runRaces(server, style, record, scope));
                verdicts.addAll(RaceFigures.read(record));
                if (style.equals(PICTURED)) {
                    picture(server.exchanges(7), images.resolve("races-hedge.svg"),
                            "Scenario 7, the hedge (" + style + "), as the server saw it", 1);
                    picture(server.exchanges(3), images.resolve("races-crowd.svg"),
                            "Scenario 3, 10,000 requests (" + style + "), in groups of 500", 500);
                }
            }
        }
        long right = verdicts.stream().filter(Verdict::right).count();
        printed.add(right + " of " + verdicts.size() + " right");
        Files.write(captured.resolve("races.txt"), printed, StandardCharsets.UTF_8);
        Files.writeString(captured.resolve("races.command.txt"),
                "./mvnw -q package -DskipTests -Praces -pl step5-races -am\n");
        Files.writeString(captured.resolve("races-table.adoc"), RaceFigures.verdictTable(verdicts));
        Files.writeString(captured.resolve("races-styles.adoc"), RaceFigures.styleTable(verdicts, root));
        if (right != verdicts.size()) {
            System.err.println("CaptureRaces: " + (verdicts.size() - right) + " scenarios were wrong; see " + captured);
        }
    }

    /** Runs {@code Races} for one style in a JVM of its own; returns its lines but the count. */
    private static List<String> runRaces(ScenarioServer server, String style, Path record, boolean preview)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ChildProcesses.java().toString()));
        if (preview) {
            command.add("--enable-preview");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.concurrenthttp.step5.Races",
                "--base-url", server.baseUri().toString(), "--style", style, "--record", record.toString()));
        Path out = Files.createTempFile("races-" + style, ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("Races --style " + style + " did not finish within 10 minutes");
            }
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            return lines.stream().filter(line -> line.startsWith("scenario ")).toList();
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void picture(List<Exchange> exchanges, Path svg, String title, int perBar) throws IOException {
        Files.writeString(svg, RaceTimelines.render(exchanges, title, perBar));
    }
}
