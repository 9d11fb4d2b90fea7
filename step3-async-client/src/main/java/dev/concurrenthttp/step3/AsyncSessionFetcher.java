package dev.concurrenthttp.step3;

import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.concurrency.Settled;
import dev.concurrenthttp.support.AsyncRetry;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.Response;
import dev.concurrenthttp.support.SessionFetcher;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Step 3 behind the shared {@link dev.concurrenthttp.support.Fetcher} interface: a session
 * whose {@code limit} is the batch's limit and whose total timeout is the batch's timeout. Each
 * request is sent again after a failure if the batch's retry policy says so, all its attempts
 * within that timeout.
 */
public final class AsyncSessionFetcher extends SessionFetcher<AsyncSession> {

    private final UnaryOperator<SessionBuilder> settings;

    public AsyncSessionFetcher() {
        this(UnaryOperator.identity());
    }

    /** Applies {@code settings} to each batch's session: default headers, whom to trust. */
    public AsyncSessionFetcher(UnaryOperator<SessionBuilder> settings) {
        this.settings = settings;
    }

    // tag::fetch-all[]
    @Override
    protected AsyncSession open(Batch batch) {
        return settings.apply(AsyncSession.builder())
                .limit(batch.limit())
                .totalTimeout(batch.timeout())
                .raiseForStatus(true)
                .open();
    }

    @Override
    protected List<Outcome> fetchAll(AsyncSession session, Batch batch) {
        List<CompletableFuture<Outcome>> outcomes = batch.urls().stream()
                .map(url -> timed(session, url, batch))
                .toList();
        // Each future turns its own failure into an Outcome: every one settles as a success.
        return Futures.gatherSettled(outcomes).join().stream().map(Settled::orElseThrow).toList();
    }

    private static CompletableFuture<Outcome> timed(AsyncSession session, URI url, Batch batch) {
        long start = System.nanoTime();
        // The attempt is session.get's own future: cancelling it, at the deadline, ends the exchange.
        return AsyncRetry.call(batch.retryPolicy(), url, batch.timeout(), () -> session.get(url))
                .thenApply(Response::text)
                .handle((body, error) ->
                        Outcome.of(url, batch.timeout(), body, error, start, System.nanoTime()));
    }
    // end::fetch-all[]
}
