package dev.concurrenthttp.step3;

import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.util.Timeout;

/** The HttpClient 5 client behind a session: one pool, sized from the session's limits. */
final class SessionClient {

    /**
     * Each connection's buffer size. HttpClient 5 (core 5.4) gives every connection three
     * buffers (in, out and content) of 32 KiB each: for a thousand connections opened at once,
     * 96 MB allocated while the requests are still being sent, and collections in the middle of
     * the sending. A larger body still streams through a smaller buffer, in more reads.
     */
    private static final int BUFFER_SIZE = 4 * 1024;

    private SessionClient() {
    }

    /** Builds the client and starts it: one that was never started fails every request. */
    static CloseableHttpAsyncClient start(int limit, int limitPerHost, Duration connectTimeout,
            Duration totalTimeout, SSLContext sslContext) {
        HttpAsyncClientBuilder client =
                builder(limit, limitPerHost, connectTimeout, totalTimeout, sslContext);
        CancelEveryStage.addTo(client); // HttpClient 5.6 loses some cancels by itself: see there
        CloseableHttpAsyncClient started = client.build();
        started.start();
        return started;
    }

    /** The client as the session configures it, without the workaround {@link CancelEveryStage}. */
    static HttpAsyncClientBuilder builder(int limit, int limitPerHost, Duration connectTimeout,
            Duration totalTimeout, SSLContext sslContext) {
        // tag::client[]
        PoolingAsyncClientConnectionManager pool = PoolingAsyncClientConnectionManagerBuilder
                .create()
                .setMaxConnTotal(limit) // HttpClient 5 would allow 25 in all
                .setMaxConnPerRoute(limitPerHost) // and 5 per host
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout)) // not 3 minutes
                        .build())
                .setTlsStrategy(new DefaultClientTlsStrategy(sslContext)) // checks the host name too
                .build();
        HttpAsyncClientBuilder client = HttpAsyncClients.custom()
                .setConnectionManager(pool)
                .setHttp1Config(Http1Config.custom().setBufferSize(BUFFER_SIZE).build()) // not 32 KiB
                .setDefaultRequestConfig(RequestConfig.custom()
                        // waiting for a pooled connection: not 3 minutes either
                        .setConnectionRequestTimeout(Timeout.of(totalTimeout))
                        .build())
                .disableAutomaticRetries() // a failed request is reported, not quietly sent again
                .disableRedirectHandling(); // RedirectChain follows, by the rules every step shares
        // end::client[]
        return client;
    }
}
