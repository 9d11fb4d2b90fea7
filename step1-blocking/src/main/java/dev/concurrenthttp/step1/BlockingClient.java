package dev.concurrenthttp.step1;

import dev.concurrenthttp.support.Deadline;
import dev.concurrenthttp.support.HttpStatusException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Step 1: fetch the URLs one after another, each call blocking until its response is in.
 *
 * <p>This is the baseline every later step beats. It is correct and simple, and it spends
 * almost all its time waiting: N requests to a server that takes D to answer take N × D.
 */
public final class BlockingClient implements AutoCloseable {

    // tag::client[]
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // the JDK asks for HTTP/2 by default
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    // end::client[]

    // tag::fetch[]
    public String fetch(URI url, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).build();
        // request.timeout() stops only the wait for headers; the deadline also covers the body.
        HttpResponse<String> response =
                Deadline.within(timeout, () -> client.send(request, BodyHandlers.ofString()));
        HttpStatusException.requireSuccess(url, response.statusCode(), response.headers().firstValue("Retry-After"));
        return response.body();
    }
    // end::fetch[]

    // tag::fetch-all[]
    public List<String> fetchAll(List<URI> urls, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        List<String> bodies = new ArrayList<>();
        for (URI url : urls) {
            bodies.add(fetch(url, timeout)); // the next request waits for this response
        }
        return bodies;
    }
    // end::fetch-all[]

    @Override
    public void close() {
        client.close();
    }
}
