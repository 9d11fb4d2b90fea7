package dev.concurrenthttp.step3;

import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.support.RedirectChain;
import dev.concurrenthttp.support.Response;
import dev.concurrenthttp.support.Tls;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;

/**
 * Step 3: a session in the shape of aiohttp's {@code ClientSession}, on Apache HttpClient 5's
 * asynchronous client.
 *
 * <pre>{@code
 * try (AsyncSession session = AsyncSession.builder().baseUrl("https://httpbin.org").open()) {
 *     CompletableFuture<Response> uuid = session.get("/uuid");
 *     System.out.println(uuid.join().raiseForStatus().text());
 * }
 * }</pre>
 *
 * <p>A session owns one connection pool and the I/O threads that serve it, from {@link #open}
 * to {@link #close}: open one per job, share it between all the job's requests, and close it
 * when the job is done, as {@code async with aiohttp.ClientSession() as session:} does.
 *
 * <p>At most {@code limit} requests are in flight, and at most {@code limitPerHost} to one host;
 * the others wait their turn, each host's in the order they were made. Every request runs within
 * the session's total timeout, which starts when {@link #get} is called: the wait for a turn,
 * and for a free connection, counts against it, as it does in aiohttp.
 * Cancelling the returned future, or its deadline passing, ends the exchange and frees its
 * connection. Futures complete on {@link ForkJoinPool#commonPool()}, never on an I/O thread
 * nor on the JDK's timer thread.
 */
public final class AsyncSession implements AutoCloseable {

    /** The {@code User-Agent} a session sends unless told otherwise. */
    public static final String USER_AGENT = "concurrent-http-tutorial/1.0 (step3-async-client)";

    private final Optional<URI> baseUrl;
    private final Duration totalTimeout;
    private final boolean raiseForStatus;
    private final Map<String, String> headers;
    private final CloseableHttpAsyncClient client;
    private final Set<CompletableFuture<Response>> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final HostQueues hostQueues;

    AsyncSession(SessionBuilder options) {
        this.baseUrl = options.baseUrl;
        this.totalTimeout = options.totalTimeout;
        this.raiseForStatus = options.raiseForStatus;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(options.headers));
        int perHost = options.limitPerHost.orElse(options.limit);
        this.hostQueues = new HostQueues(perHost, options.totalTimeout);
        this.client = SessionClient.start(options.limit, perHost, options.connectTimeout, options.totalTimeout,
                options.sslContext);
    }

    /** A session with aiohttp's defaults: see {@link SessionBuilder}. */
    public static AsyncSession open() {
        return builder().open();
    }

    public static SessionBuilder builder() {
        return new SessionBuilder();
    }

    /** Starts a GET of {@code url}, resolved against the base URL if it is relative. */
    public CompletableFuture<Response> get(String url) {
        return get(URI.create(url));
    }

    // tag::get[]
    /** Starts a GET of {@code url}, resolved against the base URL if it is relative. */
    public CompletableFuture<Response> get(URI url) {
        requireOpen();
        URI target = resolve(url);
        long deadline = System.nanoTime() + totalTimeout.toNanos(); // for every redirect together
        CompletableFuture<Response> followed = hostQueues.submit(target, () -> closed.get()
                ? new CompletableFuture<Response>() // its turn came as close() ended the one before
                : follow(target, deadline));
        CompletableFuture<Response> response = followed.thenApply(this::checked);
        Futures.propagateCancel(response, followed); // ending the response ends the exchange
        track(response);
        return response;
    }

    private CompletableFuture<Response> follow(URI target, long deadline) {
        RedirectChain chain = new RedirectChain(target, headers);
        return RedirectChain.followAsync(
                () -> exchange(chain, Duration.ofNanos(deadline - System.nanoTime())),
                answer -> chain.follow(answer.status(), answer.header("Location")));
    }

    private CompletableFuture<Response> exchange(RedirectChain chain, Duration timeLeft) {
        URI hop = chain.url(); // the last hop's is the response's URL, as aiohttp's resp.url
        SimpleRequestBuilder request = SimpleRequestBuilder.get(hop);
        chain.headers().forEach(request::setHeader);
        return CompletableExchange.start(
                (FutureCallback<SimpleHttpResponse> done) -> client.execute(request.build(), done),
                answer -> response(hop, answer),
                timeLeft, ForkJoinPool.commonPool());
    }
    // end::get[]

    private static Response response(URI url, SimpleHttpResponse answer) {
        ContentType type = answer.getContentType();
        return Response.of(url, answer.getCode(), answer.getHeaders(), Header::getName, Header::getValue,
                answer.getBodyBytes(), type == null ? null : type.getCharset());
    }

    /** Hosts with requests waiting for a turn, or holding one, now. */
    int hostsInQueue() {
        return hostQueues.size();
    }

    private Response checked(Response response) {
        return raiseForStatus ? response.raiseForStatus() : response;
    }

    // tag::close[]
    /**
     * Ends every request still in flight, which fails with a {@link CancellationException}, and
     * releases the pool and its threads. Closing a closed session does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        inFlight.forEach(AsyncSession::endBecauseClosed);
        client.close(CloseMode.IMMEDIATE);
    }
    // end::close[]

    private void track(CompletableFuture<Response> response) {
        inFlight.add(response);
        response.whenComplete((value, error) -> inFlight.remove(response));
        if (closed.get()) { // close() ran between requireOpen() and add(): it may have missed this one
            endBecauseClosed(response);
        }
    }

    private static void endBecauseClosed(CompletableFuture<Response> response) {
        response.completeExceptionally(new CancellationException("the session was closed"));
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException(
                    "this session is closed: make requests inside its try-with-resources block, or open a new one");
        }
    }

    private URI resolve(URI url) {
        URI target = baseUrl.map(base -> base.resolve(url)).orElse(url);
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
            throw new IllegalArgumentException(url + ": needs an absolute http:// or https:// URL"
                    + (baseUrl.isEmpty() ? ", or a session with a base URL" : ""));
        }
        return target;
    }
}
