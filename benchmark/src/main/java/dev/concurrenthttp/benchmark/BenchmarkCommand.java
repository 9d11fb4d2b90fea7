package dev.concurrenthttp.benchmark;

import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.commandline.WholeNumbers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark's command line: read the {@link BenchmarkOptions}, check the tools, measure,
 * write the results and print the table.
 */
@Command(name = "benchmark", sortOptions = false, synopsisHeading = "usage: ",
        description = "Runs every step on L1, T1, C1 and F1, each in a JVM of its own, beside nginx, wrk and the"
                + " Python tutorial's aiohttp program, and writes a table, CSV files and SVG charts.",
        footer = "Without --quick, the full run: about fifteen minutes. --quick leaves out F1, the first runs.")
final class BenchmarkCommand implements Callable<Integer> {

    static final Path DEFAULT_OUT = Path.of("target", "benchmark");

    @Option(names = "--quick", description = "the short run the docs build captures: small sizes, few runs")
    private boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "where the results go (default target/benchmark)")
    private Path out;

    @Option(names = "--runs", paramLabel = "N", converter = WholeNumbers.AtLeastOne.class,
            description = "counted runs per row")
    private Integer runs;

    @Option(names = "--warmup", paramLabel = "SECONDS", converter = BenchmarkValues.WarmupSeconds.class,
            description = "the least warm-up per measured program, 0 to 600")
    private Double warmupSeconds;

    @Option(names = "--sizes", paramLabel = "N", split = ",", converter = BenchmarkValues.Size.class,
            description = "L1's N values, for example 100,1000 (at most " + BenchmarkValues.MAX_SIZE + ")")
    private List<Integer> sizes;

    @Option(names = "--t1-requests", paramLabel = "N", converter = WholeNumbers.AtLeastOne.class,
            description = "T1's GETs per run")
    private Integer t1Requests;

    @Option(names = "--allow-missing", description = "skip the rows whose tools are missing instead of stopping")
    private boolean allowMissing;

    @Option(names = "--jfr", description = "record every measured JVM with Java Flight Recorder, into jfr/")
    private boolean jfr;

    @Option(names = "--project", paramLabel = "DIR",
            description = "the project's root folder, with each step's jar for F1 (default ..)")
    private Path project;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    private boolean help;

    private final PrintStream stdout;
    private final PrintStream stderr;

    BenchmarkCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The settings: the full run's or --quick's, with the options given in their place. */
    BenchmarkOptions options() {
        BenchmarkOptions base = quick ? BenchmarkOptions.quick(DEFAULT_OUT) : BenchmarkOptions.full(DEFAULT_OUT);
        int requests = t1Requests != null ? t1Requests : base.t1Requests();
        return new BenchmarkOptions(sizes != null ? List.copyOf(sizes) : base.sizes(), base.step1Size(), requests,
                Math.min(base.step1T1Requests(), requests),
                warmupSeconds != null ? warmupSeconds : base.warmupSeconds(), runs != null ? runs : base.runs(),
                base.wrkSeconds(), out != null ? out : base.out(), allowMissing, jfr, quick,
                project != null ? project : base.project());
    }

    @Override
    public Integer call() throws IOException {
        BenchmarkOptions options = options();
        Tools tools = Tools.find();
        Optional<String> missing = Benchmark.missingTools(tools);
        if (missing.isPresent() && !options.allowMissing()) {
            stderr.println(missing.get());
            return CommandLines.FAILED;
        }
        Files.createDirectories(options.out());
        clearOldLogs(options.out().resolve("logs"));
        Results results;
        try {
            results = Benchmark.measure(options, tools, stdout);
        } catch (RunFailed e) {
            stderr.println("benchmark: " + e.getMessage());
            return CommandLines.FAILED;
        }
        results.write(options.out());
        stdout.print(results.table());
        stdout.println("written: " + options.out().toAbsolutePath() + "/{table.txt,runs.csv,summary.csv,l1.svg,t1.svg}");
        return results.anyFailed() ? CommandLines.FAILED : CommandLines.OK;
    }

    /** A previous run's logs would read as this run's: only this run's stay. */
    private static void clearOldLogs(Path logs) throws IOException {
        if (Files.isDirectory(logs)) {
            try (var files = Files.list(logs)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
