package dev.concurrenthttp.docs;

import dev.concurrenthttp.contract.Fault;
import dev.concurrenthttp.contract.FaultContract;
import dev.concurrenthttp.contract.FaultServers;
import dev.concurrenthttp.contract.FaultTrial;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.FetchException;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Provokes every {@link Fault} through every step's {@link Fetcher}, with the servers and the
 * deadline the fault suite uses, and writes what the caller saw as an Asciidoc table,
 * {@code fault-matrix.adoc}. The chapter includes the table, so it shows this build's run; a
 * failure of a kind the suite does not allow stops the build here too.
 */
public final class FaultMatrix {

    private record Step(String title, Supplier<Fetcher> fetchers) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("Step 1 +\nJDK client, blocking", dev.concurrenthttp.step1.BlockingFetcher::new),
            new Step("Step 2 +\nJDK client, futures", dev.concurrenthttp.step2.FuturesFetcher::new),
            new Step("Step 3 +\nHttpClient 5, async", dev.concurrenthttp.step3.AsyncSessionFetcher::new),
            new Step("Step 4 +\nHttpClient 5 classic, virtual threads", dev.concurrenthttp.step4.VirtualThreadFetcher::new));

    private FaultMatrix() {
    }

    public static void main(String... args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FaultMatrix <captured-dir>");
        }
        Path captured = Files.createDirectories(Path.of(args[0]));
        StringBuilder table = new StringBuilder("[cols=\"2,3,3,3,3\",options=\"header\"]\n|===\n|What goes wrong\n");
        STEPS.forEach(step -> table.append('|').append(step.title()).append('\n'));
        try (FaultServers servers = new FaultServers()) {
            STEPS.forEach(step -> warmUp(step, servers));
            for (Fault fault : Fault.values()) {
                table.append("\n|").append(fault.description()).append('\n');
                for (Step step : STEPS) {
                    table.append('|').append(cell(seen(step, servers, fault))).append('\n');
                }
            }
        }
        table.append("|===\n");
        Files.writeString(captured.resolve("fault-matrix.adoc"), table);
    }

    /**
     * Fetches the healthy URL once, untimed, so that the first trial's one-second deadline is
     * not spent loading the step's classes: the matrix shows what a fault does, not a cold start.
     */
    private static void warmUp(Step step, FaultServers servers) {
        try (Fetcher fetcher = step.fetchers().get()) {
            fetcher.fetchAll(new Batch(List.of(servers.healthyUrl()), 1, Duration.ofSeconds(30)));
        }
    }

    private static FetchException seen(Step step, FaultServers servers, Fault fault) {
        FaultTrial trial;
        try (Fetcher fetcher = step.fetchers().get()) {
            trial = FaultTrial.run(fetcher, servers, fault, FaultContract.DEADLINE);
        }
        if (!(trial.faulty() instanceof Outcome.Failure failure)
                || fault.kinds().stream().noneMatch(kind -> kind.isInstance(failure.error()))
                || !trial.healthy().succeeded()) {
            throw new IllegalStateException(step.title().replace(" +\n", ": ") + " broke the fault suite's contract on "
                    + fault + ": " + trial);
        }
        return failure.error();
    }

    private static String cell(FetchException error) {
        // {zwsp} lets a narrow column wrap the long class name before "Exception".
        String kind = error.getClass().getSimpleName().replace("Exception", "{zwsp}Exception");
        return "`" + kind + "` +\n" + error.reason().replace("|", "\\|");
    }
}
