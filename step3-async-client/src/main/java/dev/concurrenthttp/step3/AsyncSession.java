package dev.concurrenthttp.step3;

import dev.concurrenthttp.support.AsyncLimiter;
import dev.concurrenthttp.support.RedirectChain;
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
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

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

    /**
     * Each connection's buffer size. HttpClient 5 (core 5.4) gives every connection three
     * buffers (in, out and content) of 32 KiB each: for a thousand connections opened at once,
     * 96 MB allocated while the requests are still being sent, and collections in the middle of
     * the sending. A larger body still streams through a smaller buffer, in more reads.
     */
    private static final int BUFFER_SIZE = 4 * 1024;

    private final Optional<URI> baseUrl;
    private final Duration totalTimeout;
    private final boolean raiseForStatus;
    private final Map<String, String> headers;
    private final CloseableHttpAsyncClient client;
    private final Set<CompletableFuture<Response>> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Map<HttpHost, AsyncLimiter> lines = new ConcurrentHashMap<>();
    private final int turnsPerHost;

    private AsyncSession(Builder options) {
        this.baseUrl = options.baseUrl;
        this.totalTimeout = options.totalTimeout;
        this.raiseForStatus = options.raiseForStatus;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(options.headers));
        this.turnsPerHost = options.limitPerHost.orElse(options.limit);
        this.client = client(options);
        this.client.start(); // an HttpClient 5 client that was never started fails every request
    }

    /** A session with aiohttp's defaults: see {@link Builder}. */
    public static AsyncSession open() {
        return builder().open();
    }

    public static Builder builder() {
        return new Builder();
    }

    // tag::client[]
    private static CloseableHttpAsyncClient client(Builder options) {
        PoolingAsyncClientConnectionManager pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(options.limit) // HttpClient 5 would allow 25 in all
                .setMaxConnPerRoute(options.limitPerHost.orElse(options.limit)) // and 5 per host
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(options.connectTimeout)) // not 3 minutes
                        .build())
                .setTlsStrategy(new DefaultClientTlsStrategy(options.sslContext)) // verifies the host name too
                .build();
        return HttpAsyncClients.custom()
                .setConnectionManager(pool)
                .setHttp1Config(Http1Config.custom().setBufferSize(BUFFER_SIZE).build()) // not 3 × 32 KiB per connection
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(options.totalTimeout)) // waiting for a connection: not 3 minutes either
                        .build())
                .disableAutomaticRetries() // a failed request is reported, not quietly sent again
                .disableRedirectHandling() // RedirectChain follows, by the rules every step shares
                .addExecInterceptorFirst("cancel-every-stage", new CancelEveryStage())
                .build();
    }
    // end::client[]

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
        CompletableFuture<Response> followed = lineFor(target).submit(() -> { // now, or when its turn comes
            if (closed.get()) { // its turn came because close() ended the one before, and close() ends it too
                return new CompletableFuture<Response>(); // so start nothing
            }
            RedirectChain chain = new RedirectChain(target, headers);
            return RedirectChain.followAsync(
                    () -> exchange(chain, Duration.ofNanos(deadline - System.nanoTime())),
                    answer -> chain.follow(answer.status(), answer.header("Location")));
        });
        CompletableFuture<Response> response = followed.thenApply(this::checked);
        response.whenComplete((value, error) -> {
            if (error != null) {
                followed.cancel(true); // ending the response ends the exchange in flight
            }
        });
        track(response);
        return response;
    }

    /**
     * The line a request to {@code target} waits in for its turn: one per host, as the pool's
     * per-host limit is, so that requests waiting for a busy host never hold up another host's.
     * A request waiting here is a URL and a future; one waiting in the pool would be a whole
     * exchange already (request, context, callbacks), copied again and again by the collector.
     * The pool still keeps the limit for all hosts together. A line stays until the session
     * closes: a session that asks a million hosts keeps a million small, empty lines.
     */
    private AsyncLimiter lineFor(URI target) {
        HttpHost host = RoutingSupport.normalize(HttpHost.create(target), DefaultSchemePortResolver.INSTANCE);
        return lines.computeIfAbsent(host, h -> new AsyncLimiter(turnsPerHost, totalTimeout));
    }

    private CompletableFuture<Response> exchange(RedirectChain chain, Duration timeLeft) {
        URI hop = chain.url(); // the last hop's is the response's URL, as aiohttp's resp.url
        SimpleRequestBuilder request = SimpleRequestBuilder.get(hop);
        chain.headers().forEach(request::setHeader);
        return CompletableExchange.start(
                (FutureCallback<SimpleHttpResponse> callback) -> client.execute(request.build(), callback),
                answer -> Response.of(hop, answer),
                timeLeft, ForkJoinPool.commonPool());
    }
    // end::get[]

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

    /**
     * A session's options, named and defaulted as aiohttp's {@code ClientSession},
     * {@code TCPConnector} and {@code ClientTimeout} name them.
     */
    public static final class Builder {

        // tag::defaults[]
        private Optional<URI> baseUrl = Optional.empty();
        private int limit = 100;
        private OptionalInt limitPerHost = OptionalInt.empty();
        private Duration totalTimeout = Duration.ofMinutes(5);
        private Duration connectTimeout = Duration.ofSeconds(30);
        private boolean raiseForStatus = false;
        private final Map<String, String> headers = new LinkedHashMap<>(Map.of("User-Agent", USER_AGENT));
        private SSLContext sslContext = Tls.systemDefault();
        // end::defaults[]

        private Builder() {
        }

        /** Resolves relative URLs given to {@link #get}: {@code base_url}. Default: none. */
        public Builder baseUrl(String baseUrl) {
            return baseUrl(URI.create(baseUrl));
        }

        /** Resolves relative URLs given to {@link #get}: {@code base_url}. Default: none. */
        public Builder baseUrl(URI baseUrl) {
            if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
                throw new IllegalArgumentException("base URL " + baseUrl + ": needs a scheme and a host");
            }
            // URI.resolve joins "uuid" to "http://host" as "http://hostuuid"; to "http://host/" it does not.
            this.baseUrl = Optional.of(baseUrl.getRawPath().isEmpty() ? baseUrl.resolve("/") : baseUrl);
            return this;
        }

        /**
         * Most requests in flight at once, to all hosts together: {@code TCPConnector(limit=...)}.
         * Default: 100. aiohttp reads 0 as unlimited; here there is always a limit.
         */
        public Builder limit(int limit) {
            this.limit = atLeastOne("limit", limit);
            return this;
        }

        /** Most requests in flight at once to one host: {@code limit_per_host}. Default: no limit but {@link #limit}. */
        public Builder limitPerHost(int limitPerHost) {
            this.limitPerHost = OptionalInt.of(atLeastOne("limitPerHost", limitPerHost));
            return this;
        }

        /**
         * Bounds each whole request, from the call to {@code get}, through the wait for a pooled
         * connection, to the last byte of the body: {@code ClientTimeout(total=...)}. Default: 5 minutes.
         */
        public Builder totalTimeout(Duration totalTimeout) {
            this.totalTimeout = positive("totalTimeout", totalTimeout);
            return this;
        }

        /** Bounds opening a new connection: {@code ClientTimeout(sock_connect=...)}. Default: 30 seconds. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Fails every future whose status is not 2xx with an
         * {@link dev.concurrenthttp.support.HttpStatusException}: {@code raise_for_status=True}.
         * Default: false, and {@link Response#raiseForStatus()} does it for one response.
         */
        public Builder raiseForStatus(boolean raiseForStatus) {
            this.raiseForStatus = raiseForStatus;
            return this;
        }

        /** Sends this header with every request, replacing any of that name: {@code headers=...}. */
        public Builder header(String name, String value) {
            headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Whom to trust over TLS: {@code TCPConnector(ssl=context)}. Default: the JDK's
         * certificate authorities; {@link Tls#trusting} adds a private one. There is no switch
         * that turns verification off.
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /** Opens the session: its pool and I/O threads start now, and run until it is closed. */
        public AsyncSession open() {
            return new AsyncSession(this);
        }

        private static int atLeastOne(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + value);
            }
            return value;
        }

        private static Duration positive(String name, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            return value;
        }
    }
}
