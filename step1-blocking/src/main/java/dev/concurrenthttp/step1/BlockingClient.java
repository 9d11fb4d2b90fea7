package dev.concurrenthttp.step1;

import dev.concurrenthttp.concurrency.Deadline;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.JdkClients;
import dev.concurrenthttp.support.RedirectChain;
import dev.concurrenthttp.support.Tls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * Step 1: fetch the URLs one after another, each call blocking until its response is in.
 *
 * <p>This is the baseline every later step beats. It is correct and simple, and it spends
 * almost all its time waiting: N requests to a server that takes D to answer take N × D.
 */
public final class BlockingClient implements AutoCloseable {

    private final HttpClient client;
    private final Map<String, String> headers;

    /** A client that sends no headers of its own and trusts the JDK's certificate authorities. */
    public BlockingClient() {
        this(Map.of(), Tls.systemDefault());
    }

    /**
     * @param headers    sent with every request; credentials among them only to the URL's own origin
     * @param sslContext whom to trust over TLS: {@link Tls#trusting} for a private certificate authority
     */
    public BlockingClient(Map<String, String> headers, SSLContext sslContext) {
        this.headers = Map.copyOf(headers);
        this.client = JdkClients.builder(sslContext).build();
    }

    // tag::fetch[]
    public String fetch(URI url, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        // request.timeout() stops only the wait for headers; the deadline also covers the body,
        // and every redirect on the way.
        HttpResponse<String> response = Deadline.within(timeout, () -> send(url, timeout));
        // response.uri(): after redirects, the URL that answered with this status.
        HttpStatusException.requireSuccess(response.uri(), response.statusCode(),
                response.headers().firstValue("Retry-After"));
        return response.body();
    }
    // end::fetch[]

    // tag::redirects[]
    private HttpResponse<String> send(URI url, Duration timeout)
            throws IOException, InterruptedException {
        RedirectChain chain = new RedirectChain(url, headers);
        HttpResponse<String> response;
        do {
            HttpRequest.Builder request = HttpRequest.newBuilder(chain.url()).timeout(timeout);
            chain.headers().forEach(request::header);
            response = client.send(request.build(), BodyHandlers.ofString());
        } while (chain.follow(response.statusCode(), response.headers().firstValue("Location")));
        return response;
    }
    // end::redirects[]

    @Override
    public void close() {
        client.close();
    }
}
