package dev.concurrenthttp.step2;

import dev.concurrenthttp.concurrency.AsyncLimiter;
import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.concurrency.Settled;
import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.commandline.WholeNumbers;
import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code --limit} is for: a large batch with every request started at once. Not a test;
 * run it and read what it prints:
 *
 * <pre>java -cp step2-futures/target/step2-futures.jar dev.concurrenthttp.step2.UnboundedFanOutDemo</pre>
 *
 * <p>Futures make starting a request nearly free, so nothing stops a program from starting
 * twenty thousand. Each one holds a connection, and a connection is a file descriptor; with the
 * local httpbin in the same JVM it is two, the client's socket and the server's. Past the
 * process's limit no socket can be opened, nor any file, and requests fail in bulk. On Linux
 * the JVM raises its open-files limit to the hard one when it starts, so the limit that counts
 * is {@code ulimit -Hn}: pass a larger count if yours is above 40,000. That is the point of the
 * demo, not a bug in it. The cure is a limit on requests in flight, as in the first run.
 */
@Command(name = "unbounded-fan-out-demo",
        description = "Fetches /delay/1 from a local httpbin REQUESTS times: at most LIMIT at once,"
                + " then all at once.")
public final class UnboundedFanOutDemo implements Callable<Integer> {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    private boolean help;

    @Parameters(index = "0", paramLabel = "REQUESTS", defaultValue = "20000", arity = "0..1",
            converter = WholeNumbers.AtLeastOne.class, description = "how many requests (default 20000)")
    private int requests;

    @Parameters(index = "1", paramLabel = "LIMIT", defaultValue = "1000", arity = "0..1",
            converter = WholeNumbers.AtLeastOne.class,
            description = "at most this many at once, first (default 1000)")
    private int limit;

    public static void main(String... args) {
        CommandLines.exit(CommandLines.execute(new UnboundedFanOutDemo(), args, System.out, System.err));
    }

    @Override
    public Integer call() {
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            URI url = URI.create(httpbin.baseUri() + "/delay/1");
            // The limited run goes first: it also loads every class the report needs, which
            // the unlimited run might leave no file descriptor to load.
            try (FuturesClient client = new FuturesClient()) {
                AsyncLimiter limiter = new AsyncLimiter(limit);
                run("at most " + limit + " at once", requests, () -> limiter.submit(() -> client.fetch(url))
                        .orTimeout(TIMEOUT.toNanos(), TimeUnit.NANOSECONDS));
            }
            try (FuturesClient client = new FuturesClient()) {
                run("every request at once", requests, () -> client.fetch(url, TIMEOUT));
            }
        }
        return CommandLines.OK;
    }

    private static void run(String title, int requests, Supplier<CompletableFuture<String>> fetch) {
        long start = System.nanoTime();
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            futures.add(fetch.get());
        }
        List<Settled<String>> results = Futures.gatherSettled(futures).join();
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Integer> failures = new TreeMap<>();
        for (Settled<String> result : results) {
            if (result instanceof Settled.Failure<String> failure) {
                failures.merge(rootCause(failure.error()), 1, Integer::sum);
            }
        }
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "%s: %d requests, %d ok, %d failed in %.1f s%n",
                title, requests, requests - failed, failed, seconds);
        failures.forEach((cause, count) -> System.out.printf(Locale.ROOT, "  %6d x %s%n", count, cause));
    }

    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
