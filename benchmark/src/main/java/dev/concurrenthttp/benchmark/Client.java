package dev.concurrenthttp.benchmark;

import dev.concurrenthttp.cli.Report;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.tour.Stop;
import dev.concurrenthttp.tour.Tour;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The measured program: one step, one job, in a JVM that runs nothing else. It warms up by time
 * until the runs settle, then prints one {@link RunFigures} line per counted run. One fetcher
 * serves every run, as one client serves a whole program.
 *
 * <p>Usage: {@code Client MODULE URL REQUESTS LIMIT WARMUP_SECONDS RUNS}, e.g.
 * {@code Client step4-virtual-threads http://127.0.0.1:8080/delay/1 1000 1000 10 5}.
 */
public final class Client {

    static final String USAGE = "usage: Client MODULE URL REQUESTS LIMIT WARMUP_SECONDS RUNS";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Client() {
    }

    public static void main(String... args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 6) {
            err.println("client: expected 6 arguments, got " + args.length + "; " + USAGE);
            return 2;
        }
        Optional<Stop> stop = Tour.STOPS.stream().filter(s -> s.module().equals(args[0])).findFirst();
        if (stop.isEmpty()) {
            err.println("client: unknown step " + args[0] + "; one of "
                    + Tour.STOPS.stream().map(Stop::module).toList());
            return 2;
        }
        URI url;
        int requests;
        int limit;
        double warmupSeconds;
        int runs;
        try {
            url = URI.create(args[1]);
            requests = Integer.parseInt(args[2]);
            limit = Integer.parseInt(args[3]);
            warmupSeconds = Double.parseDouble(args[4]);
            runs = Integer.parseInt(args[5]);
            if (requests < 1 || limit < 1 || runs < 1 || warmupSeconds < 0) {
                throw new IllegalArgumentException("counts must be positive");
            }
        } catch (IllegalArgumentException e) {
            err.println("client: bad argument (" + e.getMessage() + "); " + USAGE);
            return 2;
        }
        Batch batch = new Batch(Collections.nCopies(requests, url), limit, TIMEOUT);
        try (ProcessCost cost = ProcessCost.start(); Fetcher fetcher = stop.get().fetchers().get()) {
            fetcher.prepare(batch); // its pool and threads, before any clock starts: as the command line does
            warmUp(fetcher, batch, new Warmup(warmupSeconds), out, err);
            for (int i = 0; i < runs; i++) {
                out.println(measure(fetcher, batch, cost, err).line());
            }
        }
        return 0;
    }

    private static void warmUp(Fetcher fetcher, Batch batch, Warmup warmup, PrintStream out, PrintStream err) {
        List<Double> seconds = new ArrayList<>();
        long start = System.nanoTime();
        do {
            seconds.add(timed(fetcher, batch, err).seconds());
        } while (!warmup.done(seconds, (System.nanoTime() - start) / 1e9));
        out.printf(Locale.ROOT, "warmup runs=%d seconds=%.1f settled=%b%n", seconds.size(),
                (System.nanoTime() - start) / 1e9, Warmup.settled(seconds));
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
