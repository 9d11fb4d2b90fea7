package dev.concurrenthttp.httpbin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The tests' HTTP client, pinned to HTTP/1.1 as httpbin speaks it, and a JSON reader. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Http() {
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static HttpRequest.Builder request(URI base, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    static HttpResponse<String> get(HttpClient client, URI base, String pathAndQuery)
            throws IOException, InterruptedException {
        return client.send(request(base, pathAndQuery).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(HttpClient client, String method, URI base, String pathAndQuery)
            throws IOException, InterruptedException {
        HttpRequest request = request(base, pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse(null);
    }
}
