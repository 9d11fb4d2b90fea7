package dev.concurrenthttp.step5;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 1's whole answer in the JDK's own API: two requests race on virtual threads, the
 * first answer wins, and the loser is interrupted, which cancels its request.
 * Usage: {@code FirstOfTwo [BASE_URL]}, by default {@code http://127.0.0.1:8080}.
 */
public final class FirstOfTwo {

    private FirstOfTwo() {
    }

    public static void main(String... args) throws Exception {
        URI url = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080").resolve("/1");
        // tag::race[]
        HttpRequest request = HttpRequest.newBuilder(url).build();
        try (HttpClient client = HttpClient.newHttpClient();
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Callable<String> get = () -> client.send(request, BodyHandlers.ofString()).body();
            String winner = threads.invokeAny(List.of(get, get), 10, TimeUnit.SECONDS);
            System.out.println(winner); // the loser's thread is interrupted, and its request cancelled
        }
        // end::race[]
    }
}
