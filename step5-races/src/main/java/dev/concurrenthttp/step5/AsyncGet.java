package dev.concurrenthttp.step5;

import dev.concurrenthttp.support.HttpStatusException;
import java.util.concurrent.CompletableFuture;

/** How the futures course makes a request: the one thing its two styles do differently. */
public interface AsyncGet extends AutoCloseable {

    /**
     * Starts {@code GET pathAndQuery} on the scenario server. The future holds the body of a 2xx
     * answer, or fails: with {@link HttpStatusException} for any other status. Cancelling it
     * ends the exchange, and the server sees the connection close.
     */
    CompletableFuture<String> get(String pathAndQuery);

    @Override
    void close();
}
