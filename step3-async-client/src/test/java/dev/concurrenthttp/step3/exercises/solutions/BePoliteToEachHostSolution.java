package dev.concurrenthttp.step3.exercises.solutions;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.support.Response;
import dev.concurrenthttp.step3.exercises.BePoliteToEachHost;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

public class BePoliteToEachHostSolution extends BePoliteToEachHost {

    // tag::solution[]
    @Override
    public CompletableFuture<List<String>> fetchAll(AsyncSession session, List<URI> urls) {
        Map<String, List<CompletableFuture<String>>> lines = new HashMap<>();
        List<CompletableFuture<String>> bodies = new ArrayList<>();
        for (URI url : urls) {
            List<CompletableFuture<String>> line =
                    lines.computeIfAbsent(url.getAuthority(), host -> new ArrayList<>());
            CompletableFuture<?> turn = line.size() < PER_HOST
                    ? CompletableFuture.completedFuture(null)
                    : line.get(line.size() - PER_HOST).handle((ended, error) -> null); // either way
            CompletableFuture<String> body = turn.thenCompose(ready -> session.get(url))
                    .thenApply(Response::text);
            line.add(body);
            bodies.add(body);
        }
        return Futures.gather(bodies);
    }
    // end::solution[]
}
