package dev.concurrenthttp.step3.exercises.solutions;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.support.Response;
import dev.concurrenthttp.step3.exercises.BePoliteToEachHost;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public class BePoliteToEachHostSolution extends BePoliteToEachHost {

    // tag::solution[]
    @Override
    public List<String> fetchAll(List<URI> urls) {
        try (AsyncSession session = AsyncSession.builder().limit(IN_ALL).limitPerHost(PER_HOST).open()) {
            List<CompletableFuture<String>> bodies = urls.stream()
                    .map(url -> session.get(url).thenApply(Response::text))
                    .toList();
            return Futures.gather(bodies).join();
        }
    }
    // end::solution[]
}
