package dev.concurrenthttp.step3;

import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.PreparedClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Step 3 behind the shared {@link Fetcher} interface: a session whose {@code limit} is the
 * batch's limit and whose total timeout is the batch's timeout, opened by {@link #prepare}
 * ahead of time, or for the batch alone.
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
                .map(url -> timed(session, url, batch.timeout()))
                .toList();
        return Futures.gather(outcomes).join(); // never fails: a failed request is an Outcome
    }

    private static CompletableFuture<Outcome> timed(AsyncSession session, URI url, Duration timeout) {
        long start = System.nanoTime();
        return session.get(url).thenApply(Response::text)
                .handle((body, error) -> Outcome.of(url, timeout, body, error, start, System.nanoTime()));
    }
    // end::fetch-all[]

    @Override
    public void close() {
        sessions.close();
    }
}
