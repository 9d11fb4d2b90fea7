package dev.concurrenthttp.step4;

import dev.concurrenthttp.concurrency.Deadline;
import dev.concurrenthttp.support.RedirectChain;
import dev.concurrenthttp.support.Response;
import dev.concurrenthttp.support.Tls;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.concurrent.ComplexCancellable;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Settings and a connection pool shared by many requests, as in requests' {@code Session}.
 *
 * <p>Every call blocks its thread until the whole response is in, or its deadline passes,
 * whichever thread it runs on. On a virtual thread that costs next to nothing: while the
 * socket waits, the virtual thread is unmounted and its carrier runs others. Apache
 * HttpClient 5's classic client does its I/O on the calling thread; from 5.4 it guards its
 * pool with locks that do not pin a virtual thread.
 */
public final class Session implements AutoCloseable {

    public static final String USER_AGENT = "concurrent-http-tutorial/1.0 (step 4)";
    public static final int DEFAULT_MAX_CONNECTIONS = 100;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Each pooled connection's buffer size. The client's default, 32 KiB, is sized for large
     * bodies; with thousands of connections open at once it was most of the heap (a JFR
     * allocation profile of 5,000 in flight: 256 MB of 320 in read buffers). Bodies of any size
     * still stream through a smaller buffer, in more reads.
     */
    static final int BUFFER_SIZE = 4 * 1024;

    private final CloseableHttpClient client;
    private final Duration timeout;
    private final Map<String, String> headers;

    public Session() {
        this(DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT);
    }

    /**
     * @param maxConnections how many connections the pool may hold; the client's own default
     *                       (5 per host) would quietly make every sixth request wait
     * @param timeout        the default deadline for each whole exchange
     */
    public Session(int maxConnections, Duration timeout) {
        this(maxConnections, timeout, Map.of(), Tls.systemDefault());
    }

    /**
     * @param headers    sent with every request, as {@code session.headers}; credentials among
     *                   them only to the URL's own origin
     * @param sslContext whom to trust over TLS, as {@code session.verify}: {@link Tls#trusting}
     *                   for a private certificate authority; there is no {@code verify=False}
     */
    // tag::session[]
    public Session(int maxConnections, Duration timeout, Map<String, String> headers,
            SSLContext sslContext) {
        this.timeout = timeout;
        this.headers = Map.copyOf(headers);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom().setBufferSize(BUFFER_SIZE).build())
                        .build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(timeout))
                        .build())
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext)) // checks the host too
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(timeout)) // for a pooled connection
                        .build())
                .setUserAgent(USER_AGENT)
                .disableAutomaticRetries() // requests does not retry either; retries are opt-in
                .disableRedirectHandling() // RedirectChain follows, by the rules every step shares
                .build();
    }
    // end::session[]

    public Response get(URI url) throws IOException, InterruptedException, TimeoutException {
        return get(url, timeout);
    }

    // tag::get[]
    public Response get(URI url, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        // The deadline's interrupt does not wake a platform thread reading a socket; aborting the
        // request closes its connection, which ends the read on any thread.
        ComplexCancellable exchange = new ComplexCancellable();
        return Deadline.within(timeout, exchange::cancel, () -> {
            RedirectChain chain = new RedirectChain(url, headers);
            Response response;
            do {
                URI hop = chain.url(); // the last hop's is the response's URL, as requests' r.url
                HttpGet request = new HttpGet(hop);
                exchange.setDependency(request); // aborted at once if the deadline has passed
                chain.headers().forEach(request::setHeader);
                response = client.execute(request, answer -> read(hop, answer));
            } while (chain.follow(response.status(), response.header("Location")));
            return response;
        });
    }
    // end::get[]

    private static Response read(URI url, ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : body(entity);
        ContentType contentType = entity == null ? null : ContentType.parseLenient(entity.getContentType());
        Charset charset = contentType == null ? null : contentType.getCharset();
        return Response.of(url, response.getCode(), response.getHeaders(), Header::getName, Header::getValue,
                body, charset);
    }

    // EntityUtils.toByteArray would do, but takes 4 KB buffers to read a 50-byte body: a quarter
    // of all this step allocated in the throughput benchmark.
    private static byte[] body(HttpEntity entity) throws IOException {
        long length = entity.getContentLength(); // -1 when unknown: chunked, or decompressed
        try (InputStream content = entity.getContent()) {
            return length >= 0 && length <= Integer.MAX_VALUE ? content.readNBytes((int) length) : content.readAllBytes();
        }
    }

    /**
     * Closes the pool at once: a request on a connection fails rather than holding the close.
     * One still waiting for a pooled connection is not woken by it, and fails at its deadline.
     */
    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
