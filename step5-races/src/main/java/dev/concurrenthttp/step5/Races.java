package dev.concurrenthttp.step5;

import dev.concurrenthttp.commandline.BaseUrl;
import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.commandline.WholeNumbers;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the easyracer course in each style and says, scenario by scenario, which answers are
 * right. Without {@code --base-url} it starts a scenario server for the run, in a JVM of its
 * own, and also checks there that every race left no loser pending.
 */
@Command(name = "races",
        description = "Runs the easyracer course's scenarios in each style; exits 0 only when all are right.")
public final class Races implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    private boolean help;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrl.class,
            description = "the scenario server (default: one started for the run, in a JVM of its own)")
    private URI baseUrl;

    @Option(names = "--style", paramLabel = "STYLE",
            description = "futures, session, threads or scope (default: every style this JVM can run)")
    private String style;

    @Option(names = "--scenario", paramLabel = "N", converter = WholeNumbers.AtLeastOne.class, description = "1 to 11 (default: all)")
    private Integer scenario;

    @Option(names = "--record", paramLabel = "FILE",
            description = "also write each scenario's time and platform threads to FILE, as CSV")
    private Path record;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    private Races(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String... args) {
        CommandLines.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit status: 0 all right, 1 some wrong, 2 bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLines.execute(new Races(out, err), args, out, err);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<String> styles = styles();
        List<Integer> scenarios = scenarios();
        if (style == null && !Styles.isAvailable("scope")) {
            out.println(Styles.SCOPE_SKIPPED);
        }
        List<Verdict> verdicts = new ArrayList<>();
        try (ServerProcess server = baseUrl == null ? ServerProcess.start() : null) {
            URI base = server == null ? baseUrl : server.baseUri();
            // The losers' connections are checked at any server that keeps counts.
            Optional<ServerCounts> counts = ServerCounts.ifKept(base);
            try {
                CourseRun run = new CourseRun(base, counts);
                for (String each : styles) {
                    verdicts.addAll(run.run(each, scenarios, verdict -> out.println(verdict.line())));
                }
            } finally {
                counts.ifPresent(ServerCounts::close);
            }
        }
        long right = verdicts.stream().filter(Verdict::right).count();
        out.println(right + " of " + verdicts.size() + " right");
        if (record != null) {
            Files.write(record, (Verdict.CSV_HEADER + "\n" + String.join("\n", verdicts.stream().map(Verdict::csv)
                    .toList()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return right == verdicts.size() ? 0 : 1;
    }

    private List<String> styles() {
        if (style == null) {
            return Styles.available();
        }
        if (!Styles.ALL.contains(style)) {
            throw new ParameterException(spec.commandLine(),
                    "--style " + style + ": no such style; one of " + String.join(", ", Styles.ALL));
        }
        if (!Styles.isAvailable(style)) {
            throw new ParameterException(spec.commandLine(), "--style " + style + ": " + Styles.SCOPE_SKIPPED);
        }
        return List.of(style);
    }

    private List<Integer> scenarios() {
        if (scenario == null) {
            return IntStream.rangeClosed(1, 11).boxed().toList();
        }
        if (scenario < 1 || scenario > 11) {
            throw new ParameterException(spec.commandLine(), "--scenario " + scenario + ": scenarios are 1 to 11");
        }
        return List.of(scenario);
    }
}
