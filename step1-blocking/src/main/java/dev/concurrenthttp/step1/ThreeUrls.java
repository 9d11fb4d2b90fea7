package dev.concurrenthttp.step1;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The Python tutorial's program, one request after another: each {@code send} blocks
 * until its response is in, so N requests of D take N × D. The baseline.
 *
 * <p>Run it with no argument to ask a local httpbin, or with a base URL such as
 * {@code https://httpbin.org}.
 */
public final class ThreeUrls {

    static final List<String> PATHS = List.of("/uuid", "/user-agent", "/headers");

    static String fetch(HttpClient client, String url)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)) // bounds the wait for the headers only
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public static void main(String... args) throws InterruptedException {
        // The one line of ours: a local httpbin, unless a base URL is given.
        String base = args.length > 0 ? args[0] : LocalHttpbin.startDaemon().baseUrl();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // as aiohttp and requests do
                .build();
        try {
            for (String path : PATHS) {
                System.out.println(fetch(client, base + path)); // the next one waits
            }
        } catch (IOException | IllegalArgumentException e) {
            // no server, a bad URL: one line that names it, not a stack trace
            System.err.println("ThreeUrls: " + base + ": " + e);
            System.exit(1);
        }
    }
}
