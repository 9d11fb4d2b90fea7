package dev.concurrenthttp.benchmark;

import dev.concurrenthttp.cli.Report;
import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.commandline.WholeNumbers;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.tour.TourStep;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The measured program: one step, one job, in a JVM that runs nothing else. It warms up by time
 * until the runs settle, then prints one {@link RunFigures} line per counted run. One fetcher
 * serves every run, as one client serves a whole program.
 *
 * <p>For example {@code Client step4-virtual-threads http://127.0.0.1:8080/delay/1 1000 1000 10 5}.
 */
@Command(name = "client", synopsisHeading = "usage: ",
        description = "Runs one step on one job and prints a line per counted run.")
public final class Client implements Callable<Integer> {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Parameters(index = "0", paramLabel = "MODULE", converter = BenchmarkValues.Step.class,
            description = "the step, by its module's name")
    private TourStep step;

    @Parameters(index = "1", paramLabel = "URL", description = "the URL every request asks for")
    private URI url;

    @Parameters(index = "2", paramLabel = "REQUESTS", converter = WholeNumbers.AtLeastOne.class,
            description = "requests per run")
    private int requests;

    @Parameters(index = "3", paramLabel = "LIMIT", converter = WholeNumbers.AtLeastOne.class,
            description = "most requests in flight")
    private int limit;

    @Parameters(index = "4", paramLabel = "WARMUP_SECONDS", converter = BenchmarkValues.Seconds.class,
            description = "the least warm-up")
    private double warmupSeconds;

    @Parameters(index = "5", paramLabel = "RUNS", converter = WholeNumbers.AtLeastOne.class,
            description = "counted runs")
    private int runs;

    private final PrintStream out;
    private final PrintStream err;

    private Client(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String... args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLines.execute(new Client(out, err), args, out, err);
    }

    @Override
    public Integer call() {
        Batch batch = new Batch(Collections.nCopies(requests, url), limit, TIMEOUT);
        try (ProcessCost cost = ProcessCost.start(); Fetcher fetcher = step.fetchers().get()) {
            fetcher.prepare(batch); // its pool and threads, before any clock starts: as the command line does
            new Warmup(warmupSeconds).warmUp(() -> timed(fetcher, batch, err).seconds(), out);
            for (int i = 0; i < runs; i++) {
                out.println(measure(fetcher, batch, cost, err).line());
            }
        }
        return CommandLines.OK;
    }

    private static RunFigures measure(Fetcher fetcher, Batch batch, ProcessCost cost, PrintStream err) {
        RunFigures run = timed(fetcher, batch, err);
        return new RunFigures(run.seconds(), run.ok(), run.failed(), ProcessCost.peakRssBytes(),
                ProcessCost.peakPlatformThreads(), cost.peakSockets());
    }

    private static RunFigures timed(Fetcher fetcher, Batch batch, PrintStream err) {
        long start = System.nanoTime();
        List<Outcome> outcomes = fetcher.fetchAll(batch);
        double seconds = (System.nanoTime() - start) / 1e9;
        int ok = (int) outcomes.stream().filter(Outcome::succeeded).count();
        outcomes.stream().filter(o -> !o.succeeded()).findFirst()
                .ifPresent(failure -> err.println("first failure of " + (outcomes.size() - ok) + ": "
                        + Report.failureLine((Outcome.Failure) failure)));
        return new RunFigures(seconds, ok, outcomes.size() - ok, 0, 0, 0);
    }
}
