package dev.concurrenthttp.step2;

import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.JdkClients;
import dev.concurrenthttp.support.RedirectChain;
import dev.concurrenthttp.support.Tls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * Step 2: start every request at once and collect the bodies as they come, the Python
 * tutorial's aiohttp program in Java.
 *
 * <p>{@link #fetch(URI)} is its {@code fetch} coroutine: {@code HttpClient.sendAsync} returns
 * at once with a {@link CompletableFuture} of the response, and no thread waits for it.
 * {@link #fetchAll} is its {@code main}: one future per URL, as {@code ensure_future} makes one
 * task per URL, then {@link Futures#gather}, as {@code asyncio.gather}. N requests to a server that
 * takes D to answer take about D, not N × D.
 */
public final class FuturesClient implements AutoCloseable {

    private final ExecutorService clientTasks = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;
    private final Map<String, String> headers;

    /** A client that sends no headers of its own and trusts the JDK's certificate authorities. */
    public FuturesClient() {
        this(Map.of(), Tls.systemDefault());
    }

    /**
     * @param headers    sent with every request; credentials among them only to the URL's own origin
     * @param sslContext whom to trust over TLS: {@link Tls#trusting} for a private certificate authority
     */
    public FuturesClient(Map<String, String> headers, SSLContext sslContext) {
        this.headers = Map.copyOf(headers);
        // tag::client[]
        this.client = JdkClients.builder(sslContext)
                .executor(clientTasks) // its own tasks; by default, a pool of platform threads
                .build();
        // end::client[]
    }

    // tag::fetch[]
    public CompletableFuture<String> fetch(URI url) {
        CompletableFuture<HttpResponse<String>> exchange = send(url);
        CompletableFuture<String> body = exchange.thenApply(response -> {
            // response.uri(): after redirects, the URL that answered with this status.
            HttpStatusException.requireSuccess(response.uri(), response.statusCode(),
                    response.headers().firstValue("Retry-After"));
            return response.body();
        });
        // Whoever stops waiting for the body must stop the exchange too: a deadline (orTimeout)
        // completes body without touching the exchange; the redirect chain passes the cancel on
        // to the sendAsync in flight.
        Futures.propagateCancel(body, exchange);
        return body;
    }
    // end::fetch[]

    // tag::redirects[]
    /** {@code sendAsync}, once per hop until a response that is not a redirect to follow. */
    private CompletableFuture<HttpResponse<String>> send(URI url) {
        RedirectChain chain = new RedirectChain(url, headers);
        return RedirectChain.followAsync(() -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(chain.url());
            chain.headers().forEach(request::header);
            return client.sendAsync(request.build(), BodyHandlers.ofString());
        }, response -> chain.follow(response.statusCode(),
                response.headers().firstValue("Location")));
    }
    // end::redirects[]

    // tag::deadline[]
    /** {@link #fetch(URI)}, with a deadline for the whole exchange: connecting, headers, body. */
    public CompletableFuture<String> fetch(URI url, Duration timeout) {
        // Not HttpRequest.timeout: up to JDK 25 it stops only the wait for the headers, and a
        // body that dribbles in a byte at a time would never time out.
        return fetch(url).orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    // end::deadline[]

    // tag::fetch-all[]
    /** Every body, in the order of the URLs, or the first failure. */
    public CompletableFuture<List<String>> fetchAll(List<URI> urls, Duration timeout) {
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (URI url : urls) {
            futures.add(fetch(url, timeout)); // on its way already: nothing waits here
        }
        return Futures.gather(futures);
    }
    // end::fetch-all[]

    @Override
    public void close() {
        client.close();
        clientTasks.close();
    }
}
