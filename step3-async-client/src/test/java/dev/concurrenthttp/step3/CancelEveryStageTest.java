package dev.concurrenthttp.step3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.support.Tls;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The defect {@link CancelEveryStage} works around, shown with the session's HttpClient 5
 * client without it: a cancel of a request sent over a reused connection can reach nothing, and
 * the connection stays open. The defect is a race that the cancel usually loses, so the first
 * test tries up to {@link #TRIES} times. If it starts to fail, HttpClient 5 has fixed the defect,
 * and the workaround can go.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CancelEveryStageTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(3);
    private static final int TRIES = 5;

    @Test
    void withoutTheWorkaroundACancelOnAReusedConnectionCanReachNothing() throws Exception {
        boolean lost = false;
        for (int i = 0; i < TRIES && !lost; i++) {
            lost = !hangsUpAfterCancel(sessionClient());
        }
        assertThat(lost)
                .as("HttpClient 5.6.5 alone loses this cancel in some of %d tries; if it no longer does,"
                        + " remove CancelEveryStage", TRIES)
                .isTrue();
    }

    @Test
    void withTheWorkaroundTheCancelClosesTheConnection() throws Exception {
        HttpAsyncClientBuilder client = sessionClient();
        CancelEveryStage.addTo(client);

        assertThat(hangsUpAfterCancel(client)).isTrue();
    }

    /** The client a session builds, but for the workaround. */
    private static HttpAsyncClientBuilder sessionClient() {
        return SessionClient.builder(10, 10, Duration.ofSeconds(5), Duration.ofSeconds(30), Tls.systemDefault());
    }

    /** Sends one request that is answered, then one over the same connection, cancels it, and watches. */
    private static boolean hangsUpAfterCancel(HttpAsyncClientBuilder builder) throws Exception {
        try (SilentServer reused = SilentServer.afterOneAnswer();
                CloseableHttpAsyncClient client = builder.disableAutomaticRetries().build()) {
            client.start();
            Future<SimpleHttpResponse> first = client.execute(SimpleRequestBuilder.get(reused.url("/answered")).build(), null);
            assertThat(first.get(5, TimeUnit.SECONDS).getBodyText()).isEqualTo("ok");
            Future<SimpleHttpResponse> second = client.execute(SimpleRequestBuilder.get(reused.url("/never")).build(), null);
            assertThat(reused.awaitRequests(2, PROMPTLY)).as("the second request came").isTrue();

            second.cancel(true);

            boolean hungUp = reused.awaitHangUps(1, PROMPTLY);
            client.close(CloseMode.IMMEDIATE);
            return hungUp;
        }
    }
}
