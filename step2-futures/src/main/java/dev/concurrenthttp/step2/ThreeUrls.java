package dev.concurrenthttp.step2;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The Python tutorial's aiohttp program in Java: {@code sendAsync} starts every request
 * at once, and {@code allOf} gathers them, so N requests of D take about D.
 *
 * <p>Run it with no argument to ask a local httpbin, or with a base URL such as
 * {@code https://httpbin.org}.
 */
public final class ThreeUrls {

    static final List<String> PATHS = List.of("/uuid", "/user-agent", "/headers");

    static CompletableFuture<String> fetch(HttpClient client, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)) // bounds the wait for the headers only
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(HttpResponse::body);
    }

    public static void main(String... args) {
        // The one line of ours: a local httpbin, unless a base URL is given.
        String base = args.length > 0 ? args[0] : LocalHttpbin.startDaemon().baseUrl();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // as aiohttp and requests do
                .build();
        try {
            List<CompletableFuture<String>> tasks = PATHS.stream()
                    .map(path -> fetch(client, base + path)) // each one on its way
                    .toList();
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join(); // the one place a thread waits
            tasks.forEach(task -> System.out.println(task.join()));
        } catch (CompletionException | IllegalArgumentException e) {
            // no server, a bad URL: one line that names it, not a stack trace
            Throwable why = e instanceof CompletionException ? e.getCause() : e;
            System.err.println("ThreeUrls: " + base + ": " + why);
            System.exit(1);
        }
    }
}
