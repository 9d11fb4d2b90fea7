package dev.concurrenthttp.step2.exercises;

import dev.concurrenthttp.step2.FuturesClient;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Exercise 2.2: follow the link.
 *
 * <p>Learn how to chain a request that depends on another's answer without waiting for it. The
 * first body is the path of the resource to fetch next, as a paginated API names its next
 * page; the answer is the second body. In Python it is two {@code await}s in a row; with
 * futures, one stage composed onto another.
 *
 * @see FuturesClient#fetch(URI)
 * @see CompletableFuture#thenCompose(java.util.function.Function)
 * @see URI#resolve(String)
 */
public class FollowTheLink {

    // tag::starter[]
    public CompletableFuture<String> fetchLinked(FuturesClient client, URI first) {
        // TODO Fetch the URL that the first body names (resolved against first), once it has
        //  arrived, and complete with that second body
        return client.fetch(first);
    }
    // end::starter[]
}
