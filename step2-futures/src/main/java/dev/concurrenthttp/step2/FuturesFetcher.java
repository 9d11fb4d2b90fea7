package dev.concurrenthttp.step2;

import dev.concurrenthttp.concurrency.AsyncLimiter;
import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.concurrency.Settled;
import dev.concurrenthttp.support.AsyncRetry;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.StartTime;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Step 2 behind the shared {@link Fetcher} interface: {@link FuturesClient#fetch(URI)} for every
 * URL, at most {@link Batch#limit()} at once, each within its deadline and timed, and sent again
 * after a failure if the batch's retry policy says so.
 */
public final class FuturesFetcher implements Fetcher {

    private final FuturesClient client;

    public FuturesFetcher() {
        this(new FuturesClient());
    }

    /** Fetches with {@code client}, and closes it when closed. */
    public FuturesFetcher(FuturesClient client) {
        this.client = client;
    }

    // tag::fetch-all[]
    @Override
    public List<Outcome> fetchAll(Batch batch) {
        AsyncLimiter limiter = new AsyncLimiter(batch.limit());
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        for (URI url : batch.urls()) {
            outcomes.add(fetch(url, batch, limiter));
        }
        // Each future turns its own failure into an Outcome: every one settles as a success.
        // join() is the one place a thread waits.
        return Futures.gatherSettled(outcomes).join().stream().map(Settled::orElseThrow).toList();
    }
    // end::fetch-all[]

    // tag::limited-fetch[]
    private CompletableFuture<Outcome> fetch(URI url, Batch batch, AsyncLimiter limiter) {
        StartTime started = new StartTime();
        // The deadline runs from now, not from the start: waiting for a permit uses it up too.
        // AsyncRetry applies it to the attempt, and cancels the attempt when it runs out; if the
        // batch retries, to every attempt and the waits between them (chapter 5). Each attempt
        // takes a permit of its own.
        CompletableFuture<String> body = AsyncRetry.call(batch.retryPolicy(), url, batch.timeout(),
                () -> limiter.submit(() -> {
                    started.markNow(); // it has a permit: the request starts now
                    return client.fetch(url);
                }));
        // One that timed out waiting for its permit never started: it takes no time at all.
        return body.handle((value, error) -> Outcome.of(url, batch.timeout(), value, error, started));
    }
    // end::limited-fetch[]

    @Override
    public void close() {
        client.close();
    }
}
