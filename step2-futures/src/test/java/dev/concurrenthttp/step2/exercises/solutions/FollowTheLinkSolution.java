package dev.concurrenthttp.step2.exercises.solutions;

import dev.concurrenthttp.step2.FuturesClient;
import dev.concurrenthttp.step2.exercises.FollowTheLink;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

public class FollowTheLinkSolution extends FollowTheLink {

    // tag::solution[]
    @Override
    public CompletableFuture<String> fetchLinked(FuturesClient client, URI first) {
        return client.fetch(first)
                .thenCompose(link -> client.fetch(first.resolve(link.strip())));
    }
    // end::solution[]
}
