package dev.concurrenthttp.step5;

import dev.concurrenthttp.support.JdkClients;
import dev.concurrenthttp.support.Tls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The {@code futures} style's requests: the JDK's {@code HttpClient.sendAsync}. */
final class JdkGet implements AsyncGet {

    private final URI base;
    private final ExecutorService clientTasks = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;

    JdkGet(URI base) {
        this.base = base;
        this.client = JdkClients.builder(Tls.systemDefault()) // HTTP/1.1, as every step's
                .connectTimeout(Duration.ofSeconds(30)) // 10,000 connects at once can wait for a backlog
                .executor(clientTasks) // the client's own tasks; by default, a pool of platform threads
                .build();
    }

    // tag::get[]
    @Override
    public CompletableFuture<Reply> send(String pathAndQuery) {
        URI url = base.resolve(pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Course.DEADLINE).build();
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request, BodyHandlers.ofString());
        // Cancelling the reply must end the exchange: map passes the cancel on.
        return FutureRace.map(exchange,
                response -> new Reply(url, response.statusCode(), response.body()));
    }
    // end::get[]

    @Override
    public void close() {
        client.shutdownNow(); // ends what is in flight; close() would wait for it
        try {
            client.awaitTermination(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clientTasks.shutdownNow();
        try {
            clientTasks.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
