package dev.concurrenthttp.step3.exercises;

import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.support.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Exercise 3.1: be polite to each host.
 *
 * <p>Learn how to keep a limit without blocking a thread. A crawler that fetches from many hosts
 * wants many requests in flight in all, but only a few at once on any one server. A thread that
 * waits for a permit is what asynchronous code has no room for: instead, a request waits in its
 * host's line, as a stage not yet started, and starts when one ahead of it ends. The session's
 * {@code limitPerHost}, aiohttp's {@code TCPConnector(limit_per_host=...)}, keeps such a line for
 * every host; here you build one yourself.
 *
 * @see URI#getAuthority()
 * @see CompletableFuture#thenCompose(java.util.function.Function)
 * @see CompletableFuture#handle(java.util.function.BiFunction)
 */
public class BePoliteToEachHost {

    /** Most requests in flight at once to any one host. */
    public static final int PER_HOST = 2;

    // tag::starter[]
    public CompletableFuture<List<String>> fetchAll(AsyncSession session, List<URI> urls) {
        // TODO Keep at most PER_HOST requests in flight to any one host, without blocking a thread:
        //  start each request only once one ahead of it on the same host has ended
        List<CompletableFuture<String>> bodies = urls.stream()
                .map(url -> session.get(url).thenApply(Response::text))
                .toList();
        return Futures.gather(bodies);
    }
    // end::starter[]
}
