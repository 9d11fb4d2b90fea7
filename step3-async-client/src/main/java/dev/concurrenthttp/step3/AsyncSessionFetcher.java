package dev.concurrenthttp.step3;

import dev.concurrenthttp.support.AsyncRetry;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.PreparedClient;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Step 3 behind the shared {@link Fetcher} interface: a session whose {@code limit} is the
 * batch's limit and whose total timeout is the batch's timeout, opened by {@link #prepare}
 * ahead of time, or for the batch alone. Each request is sent again after a failure if the
 * batch's retry policy says so, all its attempts within that timeout.
 */
public final class AsyncSessionFetcher implements Fetcher {

    private final UnaryOperator<AsyncSession.Builder> settings;
    private final PreparedClient<AsyncSession> sessions = new PreparedClient<>(this::open, AsyncSession::close);

    public AsyncSessionFetcher() {
        this(UnaryOperator.identity());
    }

    /** Applies {@code settings} to each batch's session: default headers, whom to trust. */
    public AsyncSessionFetcher(UnaryOperator<AsyncSession.Builder> settings) {
        this.settings = settings;
    }

    @Override
    public void prepare(Batch batch) {
        sessions.prepare(batch);
    }

    @Override
    public List<Outcome> fetchAll(Batch batch) {
        return sessions.use(batch, session -> fetchAll(session, batch));
    }

    // tag::fetch-all[]
    private AsyncSession open(Batch batch) {
        return settings.apply(AsyncSession.builder())
                .limit(batch.limit())
                .totalTimeout(batch.timeout())
                .raiseForStatus(true)
                .open();
    }

    private static List<Outcome> fetchAll(AsyncSession session, Batch batch) {
        List<CompletableFuture<Outcome>> outcomes = batch.urls().stream()
                .map(url -> timed(session, url, batch))
                .toList();
        return Futures.gather(outcomes).join(); // never fails: a failed request is an Outcome
    }

    private static CompletableFuture<Outcome> timed(AsyncSession session, URI url, Batch batch) {
        long start = System.nanoTime();
        // The attempt is session.get's own future: cancelling it, at the deadline, ends the exchange.
        return AsyncRetry.call(batch.retries(), url, batch.timeout(), () -> session.get(url))
                .thenApply(Response::text)
                .handle((body, error) -> Outcome.of(url, batch.timeout(), body, error, start, System.nanoTime()));
    }
    // end::fetch-all[]

    @Override
    public void close() {
        sessions.close();
    }
}
