package dev.concurrenthttp.step3;

import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Step 3 behind the shared {@link Fetcher} interface: one session per batch, whose {@code limit}
 * is the batch's limit and whose total timeout is the batch's timeout.
 */
public final class AsyncSessionFetcher implements Fetcher {

    private final UnaryOperator<AsyncSession.Builder> settings;

    public AsyncSessionFetcher() {
        this(UnaryOperator.identity());
    }

    /** Applies {@code settings} to each batch's session: default headers, whom to trust. */
    public AsyncSessionFetcher(UnaryOperator<AsyncSession.Builder> settings) {
        this.settings = settings;
    }

    // tag::fetch-all[]
    @Override
    public List<Outcome> fetchAll(Batch batch) {
        try (AsyncSession session = settings.apply(AsyncSession.builder())
                .limit(batch.limit())
                .totalTimeout(batch.timeout())
                .raiseForStatus(true)
                .open()) {
            List<CompletableFuture<Outcome>> outcomes = batch.urls().stream()
                    .map(url -> timed(session, url, batch.timeout()))
                    .toList();
            return Futures.gather(outcomes).join(); // never fails: a failed request is an Outcome
        }
    }

    private static CompletableFuture<Outcome> timed(AsyncSession session, URI url, Duration timeout) {
        long start = System.nanoTime();
        return session.get(url).thenApply(Response::text)
                .handle((body, error) -> Outcome.of(url, timeout, body, error, start, System.nanoTime()));
    }
    // end::fetch-all[]
}
