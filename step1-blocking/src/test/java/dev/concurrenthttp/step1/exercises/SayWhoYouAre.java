package dev.concurrenthttp.step1.exercises;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * Exercise 1.1: say who you are.
 *
 * <p>Learn how to set a request header. Servers log the {@code User-Agent} of every client, and
 * a polite client names itself; httpbin's {@code /user-agent} echoes it back, as the Python
 * tutorial's second URL shows.
 *
 * @see HttpRequest.Builder#header(String, String)
 */
public class SayWhoYouAre {

    public static final String USER_AGENT = "concurrent-http-tutorial/1.0 (exercise)";

    protected final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    // tag::starter[]
    public String fetch(URI url) throws IOException, InterruptedException {
        // TODO Send the User-Agent header with the value USER_AGENT
        HttpRequest request = HttpRequest.newBuilder(url).build();
        return client.send(request, BodyHandlers.ofString()).body();
    }
    // end::starter[]
}
