package dev.concurrenthttp.support;

import java.util.List;

/**
 * The one interface every step implements beside its own teaching API.
 *
 * <p>The command line, the timeline, the contract test kit and the benchmark drive every step
 * through it, so they are written once. A step's teaching API is what the chapter shows; its
 * {@code Fetcher} is the thin adapter that lets the shared tools run it.
 *
 * <p>Contract: {@link #fetchAll} returns exactly one {@link Outcome} per URL of the batch, in
 * the batch's order, whatever order the requests finished in. A failed request is an
 * {@link Outcome.Failure} carrying a typed {@link FetchException}; it never fails the batch.
 * No more than {@link Batch#limit()} requests are in flight at once, and each whole exchange
 * (connecting, headers and body) ends within {@link Batch#timeout()}.
 */
public interface Fetcher extends AutoCloseable {

    List<Outcome> fetchAll(Batch batch);

    /**
     * Gets the client ready for batches like {@code batch}: opens its connection pool and starts
     * its threads. The command line calls it before it starts the clock, so that a run measures
     * the requests and not the client's start-up, as a long-lived program would see them. It is
     * optional: {@link #fetchAll} works without it, at the cost of that start-up. Call it while
     * no batch is in flight: it may close the client a running batch uses.
     */
    default void prepare(Batch batch) {
    }

    /** Releases the step's client (its connection pool and threads). */
    @Override
    default void close() {
    }
}
