package dev.concurrenthttp.support;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client that a {@link Fetcher} sizes from a batch (its pool from the limit, its deadline from
 * the timeout), opened ahead of time by {@link Fetcher#prepare} and reused by every batch of the
 * same limit and timeout. A batch of another shape gets a client of its own, closed after it.
 *
 * @param <C> the step's client: a session, a connection pool
 */
public final class PreparedClient<C> implements AutoCloseable {

    /** What a batch does with its client. */
    @FunctionalInterface
    public interface Use<C, T> {
        T with(C client);
    }

    private record Ready<C>(int limit, Duration timeout, C client) {
        boolean suits(Batch batch) {
            return batch.limit() == limit && batch.timeout().equals(timeout);
        }
    }

    private final Function<Batch, C> open;
    private final Consumer<C> close;
    private final AtomicReference<Ready<C>> ready = new AtomicReference<>();

    /**
     * @param open  opens a client sized for a batch
     * @param close closes one
     */
    public PreparedClient(Function<Batch, C> open, Consumer<C> close) {
        this.open = Objects.requireNonNull(open, "open");
        this.close = Objects.requireNonNull(close, "close");
    }

    /**
     * Opens a client for batches like {@code batch}, closing the one opened before, if any.
     *
     * <p>Call it when no batch is in flight: one thread prepares, then runs batches. A batch
     * still using the client prepared before would have it closed under its requests, which
     * would fail. There is no lock to prevent that, because preparing is set-up, done once
     * before the work, not something to mix with it.
     */
    public void prepare(Batch batch) {
        closeIfAny(ready.getAndSet(new Ready<>(batch.limit(), batch.timeout(), open.apply(batch))));
    }

    /** Runs {@code use} with the prepared client if it suits {@code batch}, or else with one of its own. */
    public <T> T use(Batch batch, Use<C, T> use) {
        Ready<C> prepared = ready.get();
        if (prepared != null && prepared.suits(batch)) {
            return use.with(prepared.client());
        }
        C own = open.apply(batch);
        try {
            return use.with(own);
        } finally {
            close.accept(own);
        }
    }

    @Override
    public void close() {
        closeIfAny(ready.getAndSet(null));
    }

    private void closeIfAny(Ready<C> ready) {
        if (ready != null) {
            close.accept(ready.client());
        }
    }
}
