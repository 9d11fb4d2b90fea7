package dev.concurrenthttp.step3.exercises;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.support.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Exercise 1: be polite to each host.
 *
 * <p>Learn what a per-host limit is for. A crawler that fetches from many hosts wants many
 * requests in flight in all, but only a few at once on any one server, which would otherwise
 * take the whole burst: aiohttp's {@code TCPConnector(limit_per_host=...)}.
 *
 * @see SessionBuilder#limitPerHost(int)
 */
public class BePoliteToEachHost {

    /** Most requests in flight at once to any one host. */
    public static final int PER_HOST = 2;

    /** Most requests in flight at once, to all hosts together. */
    public static final int IN_ALL = 10;

    // tag::starter[]
    public List<String> fetchAll(List<URI> urls) {
        // TODO Keep at most PER_HOST requests in flight to any one host (and IN_ALL in all)
        try (AsyncSession session = AsyncSession.builder().limit(IN_ALL).open()) {
            List<CompletableFuture<String>> bodies = urls.stream()
                    .map(url -> session.get(url).thenApply(Response::text))
                    .toList();
            return Futures.gather(bodies).join();
        }
    }
    // end::starter[]
}
