package dev.concurrenthttp.step2.exercises;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 2.3: hang up at the deadline.
 *
 * <p>Learn how to give a whole exchange a deadline, the headers and the body, and to stop the
 * exchange when it passes. Failing your future is only half of it: the server must see the
 * connection close, or a body nobody will read keeps arriving.
 *
 * <p>The future fails with a {@link TimeoutException} at the deadline.
 *
 * @see HttpClient#sendAsync(HttpRequest, HttpResponse.BodyHandler)
 * @see CompletableFuture#orTimeout(long, java.util.concurrent.TimeUnit)
 * @see CompletableFuture#whenComplete(java.util.function.BiConsumer)
 * @see CompletableFuture#cancel(boolean)
 */
public class HangUpAtTheDeadline {

    // tag::starter[]
    public CompletableFuture<String> fetch(HttpClient client, URI url, Duration deadline) {
        // TODO Fail with a TimeoutException once the deadline has passed, and stop the exchange
        //  then, so that the server sees the connection close
        HttpRequest request = HttpRequest.newBuilder(url).timeout(deadline).build();
        return client.sendAsync(request, BodyHandlers.ofString()).thenApply(HttpResponse::body);
    }
    // end::starter[]
}
