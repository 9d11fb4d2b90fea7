package dev.concurrenthttp.step2.exercises.solutions;

import dev.concurrenthttp.step2.FuturesClient;
import dev.concurrenthttp.step2.exercises.GatherWithAllOf;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public class GatherWithAllOfSolution extends GatherWithAllOf {

    // tag::solution[]
    @Override
    public CompletableFuture<List<String>> fetchAll(FuturesClient client, List<URI> urls) {
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(client.fetch(url)); // on its way at once, like ensure_future
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture<?>[]::new))
                .thenApply(allDone -> futures.stream()
                        .map(CompletableFuture::join) // every one is done: join waits for nothing
                        .toList());
    }
    // end::solution[]
}
