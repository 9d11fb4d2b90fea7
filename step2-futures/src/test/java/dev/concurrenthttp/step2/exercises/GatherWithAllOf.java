package dev.concurrenthttp.step2.exercises;

import dev.concurrenthttp.step2.FuturesClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Exercise 2.1: gather with allOf.
 *
 * <p>Learn how to do what {@code asyncio.gather} does with the JDK alone: start every request
 * first, then hand back one future that completes with every body, in the order of the URLs,
 * once the last one is in. Nothing may wait for a body, not even the caller.
 *
 * @see FuturesClient#fetch(URI)
 * @see CompletableFuture#allOf(CompletableFuture...)
 * @see CompletableFuture#thenApply(java.util.function.Function)
 * @see CompletableFuture#join()
 */
public class GatherWithAllOf {

    // tag::starter[]
    public CompletableFuture<List<String>> fetchAll(FuturesClient client, List<URI> urls) {
        // TODO Start every fetch first, then gather the bodies with CompletableFuture.allOf,
        //  in the order of the URLs, and return at once
        List<String> bodies = new ArrayList<>();
        for (URI url : urls) {
            bodies.add(client.fetch(url).join()); // waits for each body before it asks for the next
        }
        return CompletableFuture.completedFuture(bodies);
    }
    // end::starter[]
}
