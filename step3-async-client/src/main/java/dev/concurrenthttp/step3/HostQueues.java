package dev.concurrenthttp.step3;

import dev.concurrenthttp.concurrency.AsyncLimiter;
import dev.concurrenthttp.concurrency.Futures;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.core5.http.HttpHost;

/**
 * A queue per host, where a session's requests wait for their turn, as many at once per host as
 * the per-host limit allows. A request waiting here is a URL and a future; one waiting in
 * HttpClient 5's pool would be a whole exchange already (request, context, callbacks), copied
 * again and again by the collector. A host's queue is dropped as soon as no request is in it or
 * holds one of its turns, so a session that asks a million hosts keeps none of them afterwards.
 */
final class HostQueues {

    /** A host's queue, and how many requests are in it or hold its turns: guarded by the map. */
    private static final class Queue {
        final AsyncLimiter turns;
        int requests;

        Queue(AsyncLimiter turns) {
            this.turns = turns;
        }
    }

    private final Map<HttpHost, Queue> queues = new ConcurrentHashMap<>();
    private final int turnsPerHost;
    private final Duration longestWait;

    HostQueues(int turnsPerHost, Duration longestWait) {
        this.turnsPerHost = turnsPerHost;
        this.longestWait = longestWait;
    }

    /** Starts {@code request} when its host has a turn free: now, or when one comes back. */
    <T> CompletableFuture<T> submit(URI target, Supplier<CompletableFuture<T>> request) {
        HttpHost host = RoutingSupport.normalize(HttpHost.create(target), DefaultSchemePortResolver.INSTANCE);
        // compute() runs one at a time per host, so a queue is never dropped as a request joins it.
        Queue queue = queues.compute(host, (h, existing) -> {
            Queue joined = existing == null ? new Queue(new AsyncLimiter(turnsPerHost, longestWait)) : existing;
            joined.requests++;
            return joined;
        });
        CompletableFuture<T> done;
        try {
            done = queue.turns.submit(request);
        } catch (RuntimeException e) {
            leave(host);
            throw e;
        }
        // Whoever waits on the request sees it end only once it has left its queue.
        CompletableFuture<T> left = done.whenComplete((value, error) -> leave(host));
        Futures.propagateCancel(left, done);
        return left;
    }

    /** Hosts with a queue now. */
    int size() {
        return queues.size();
    }

    private void leave(HttpHost host) {
        queues.computeIfPresent(host, (h, queue) -> --queue.requests == 0 ? null : queue);
    }
}
