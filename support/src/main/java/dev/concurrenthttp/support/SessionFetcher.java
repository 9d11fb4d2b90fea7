package dev.concurrenthttp.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Fetcher} that runs each batch on a session sized from it (its pool from the limit,
 * its deadline from the timeout): the one {@link #prepare} opened ahead of time, reused by every
 * batch of the same limit and timeout, or one of the batch's own, closed after it.
 *
 * @param <S> the step's session
 */
public abstract class SessionFetcher<S extends AutoCloseable> implements Fetcher {

    private record Prepared<S>(int limit, Duration timeout, S session) {
        boolean suits(Batch batch) {
            return batch.limit() == limit && batch.timeout().equals(timeout);
        }
    }

    private final AtomicReference<Prepared<S>> prepared = new AtomicReference<>();

    /** Opens a session sized for {@code batch}. */
    protected abstract S open(Batch batch);

    /** Fetches {@code batch} with {@code session}, which stays open. */
    protected abstract List<Outcome> fetchAll(S session, Batch batch);

    /**
     * Opens a session for batches like {@code batch}, closing the one opened before, if any.
     * Call it when no batch is in flight: a batch still using the session prepared before would
     * have it closed under its requests. Preparing is set-up, done once before the work.
     */
    @Override
    public final void prepare(Batch batch) {
        closeIfAny(prepared.getAndSet(new Prepared<>(batch.limit(), batch.timeout(), open(batch))));
    }

    @Override
    public final List<Outcome> fetchAll(Batch batch) {
        Prepared<S> ready = prepared.get();
        if (ready != null && ready.suits(batch)) {
            return fetchAll(ready.session(), batch);
        }
        S own = open(batch);
        try {
            return fetchAll(own, batch);
        } finally {
            close(own);
        }
    }

    @Override
    public final void close() {
        closeIfAny(prepared.getAndSet(null));
    }

    private void closeIfAny(Prepared<S> ready) {
        if (ready != null) {
            close(ready.session());
        }
    }

    private static void close(AutoCloseable session) {
        try {
            session.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing a session failed: " + e, e);
        }
    }
}
