package dev.concurrenthttp.step2.exercises.solutions;

import dev.concurrenthttp.step2.exercises.HangUpAtTheDeadline;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

public class HangUpAtTheDeadlineSolution extends HangUpAtTheDeadline {

    // tag::solution[]
    @Override
    public CompletableFuture<String> fetch(HttpClient client, URI url, Duration deadline) {
        HttpRequest request = HttpRequest.newBuilder(url).build();
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request, BodyHandlers.ofString());
        CompletableFuture<String> body = exchange.thenApply(HttpResponse::body)
                .orTimeout(deadline.toNanos(), TimeUnit.NANOSECONDS);
        body.whenComplete((value, error) -> {
            if (error != null) {
                exchange.cancel(true); // sendAsync's own future: true, or the body keeps coming
            }
        });
        return body;
    }
    // end::solution[]
}
