package dev.concurrenthttp.cli;

import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import java.util.List;
import java.util.function.Supplier;

/**
 * One measured run of a batch through a step's {@link Fetcher}: the outcomes, the wall clock
 * from just before the first request to just after the last result (the client is built and
 * {@linkplain Fetcher#prepare prepared} before the clock starts and closed after it stops), and
 * what the run cost.
 */
public record MeasuredRun(List<Outcome> outcomes, long startNanos, long endNanos, RunStats stats) {

    public static MeasuredRun of(String step, Supplier<? extends Fetcher> fetchers, Batch batch) {
        List<Outcome> outcomes;
        long start;
        long end;
        try (Fetcher fetcher = fetchers.get()) {
            fetcher.prepare(batch);
            RunStats.reset();
            start = System.nanoTime();
            outcomes = fetcher.fetchAll(batch);
            end = System.nanoTime();
        }
        if (outcomes.size() != batch.urls().size()
                || !outcomes.stream().map(Outcome::url).toList().equals(batch.urls())) {
            throw new IllegalStateException(step + " broke the Fetcher contract: "
                    + "it must return one outcome per URL, in input order");
        }
        return new MeasuredRun(List.copyOf(outcomes), start, end, RunStats.now());
    }

    public long wallNanos() {
        return endNanos - startNanos;
    }

    public boolean allSucceeded() {
        return outcomes.stream().allMatch(Outcome::succeeded);
    }

    public Timeline timeline() {
        return Timeline.of(outcomes, startNanos, endNanos);
    }

    public String doneLine() {
        return Report.doneLine(outcomes, wallNanos());
    }
}
