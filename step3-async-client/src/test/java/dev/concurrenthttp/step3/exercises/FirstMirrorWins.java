package dev.concurrenthttp.step3.exercises;

import dev.concurrenthttp.step3.AsyncSession;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Exercise 3.3: the first mirror wins.
 *
 * <p>Learn how to race requests and stop the losers. The same file is often on several
 * mirrors: ask them all at once, take the first good answer, and cancel the rest, so that they
 * stop holding a connection each; if every mirror fails, fail too. Cancel the futures
 * {@code session.get} returned: cancelling a future made from one with {@code thenApply} stops
 * only that future, not the request behind it.
 *
 * @see CompletableFuture#cancel(boolean)
 */
public class FirstMirrorWins {

    // tag::starter[]
    public CompletableFuture<String> fetchFromFirst(AsyncSession session, List<URI> mirrors) {
        // TODO Ask every mirror at once, complete with the first body that comes with a 2xx status,
        //  then cancel the requests still running
        return session.get(mirrors.getFirst()).thenApply(response -> response.raiseForStatus().text());
    }
    // end::starter[]
}
