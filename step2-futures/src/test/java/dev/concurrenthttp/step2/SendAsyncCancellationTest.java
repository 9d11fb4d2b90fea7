package dev.concurrenthttp.step2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.ProbeServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledForJreRange;

/**
 * What the JDK's {@code sendAsync} future does when a caller stops waiting for it, checked on
 * the JDK that runs the build rather than assumed: whether the server sees the connection close.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SendAsyncCancellationTest {

    /** Long enough for the headers and the first bytes to arrive before the test acts. */
    private static final Duration BODY_UNDER_WAY = Duration.ofMillis(500);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ProbeServer probe = ProbeServer.start();

    @BeforeEach
    void warmUp() {
        // A cold client can take longer than BODY_UNDER_WAY to get its first headers in.
        client.sendAsync(HttpRequest.newBuilder(probe.url("/hold/0")).build(), BodyHandlers.discarding()).join();
    }

    @AfterEach
    void close() {
        client.shutdownNow();
        probe.close();
    }

    @Test
    void cancelTrueAbortsTheExchangeAndTheServerSeesTheConnectionClose() throws InterruptedException {
        CompletableFuture<HttpResponse<String>> exchange = send("/dribble/3000");
        Thread.sleep(BODY_UNDER_WAY);

        exchange.cancel(true);

        assertThat(exchange).isCompletedExceptionally();
        assertThat(probe.awaitHangUps(1, Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void cancelFalseCancelsTheFutureButTheExchangeRunsToTheEnd() throws InterruptedException {
        CompletableFuture<HttpResponse<String>> exchange = send("/dribble/1500");
        Thread.sleep(BODY_UNDER_WAY);

        exchange.cancel(false);

        assertThat(exchange).isCancelled();
        assertThat(probe.awaitFinishedBodies(1, Duration.ofSeconds(4))).as("the whole body was still sent").isTrue();
        assertThat(probe.hangUps()).isZero();
    }

    @Test
    void orTimeoutFailsTheFutureButTheExchangeRunsToTheEnd() {
        CompletableFuture<HttpResponse<String>> exchange = send("/dribble/1500").orTimeout(300, TimeUnit.MILLISECONDS);

        assertThat(exchange).failsWithin(Duration.ofSeconds(2))
                .withThrowableOfType(ExecutionException.class).havingCause().isInstanceOf(TimeoutException.class);
        assertThat(probe.awaitFinishedBodies(1, Duration.ofSeconds(4))).as("the whole body was still sent").isTrue();
        assertThat(probe.hangUps()).isZero();
    }

    @Test
    void aStageDerivedFromTheFutureIsCancelableTooWhileItIsNotDone() throws InterruptedException {
        CompletableFuture<String> body = send("/dribble/3000").thenApply(HttpResponse::body);
        Thread.sleep(BODY_UNDER_WAY);

        body.cancel(true);

        assertThat(probe.awaitHangUps(1, Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void cancellingAStageThatAlreadyTimedOutReachesNothingSoTheOriginalMustBeCancelled() {
        CompletableFuture<HttpResponse<String>> exchange = send("/dribble/3000");
        CompletableFuture<String> body = exchange.thenApply(HttpResponse::body).orTimeout(BODY_UNDER_WAY.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(body).failsWithin(Duration.ofSeconds(2));

        assertThat(body.cancel(true)).as("a future already done cannot be cancelled").isFalse();
        assertThat(exchange).isNotDone();

        exchange.cancel(true);
        assertThat(probe.awaitHangUps(1, Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void requestTimeoutEndsTheWaitForHeaders() {
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(
                HttpRequest.newBuilder(probe.url("/hold/3000")).timeout(Duration.ofMillis(300)).build(), BodyHandlers.ofString());

        assertThat(exchange).failsWithin(Duration.ofSeconds(2))
                .withThrowableOfType(ExecutionException.class).havingCause().isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    @EnabledForJreRange(maxVersion = 25)
    void requestTimeoutDoesNotCoverTheBodyUpToJdk25() {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(
                HttpRequest.newBuilder(probe.url("/dribble/1500")).timeout(Duration.ofMillis(300)).build(), BodyHandlers.ofString());

        assertThat(exchange).as("a body dribbling for 1.5 s, under a 0.3 s request timeout")
                .succeedsWithin(Duration.ofSeconds(5))
                .satisfies(response -> assertThat(response.body()).isNotEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1_000));
    }

    private CompletableFuture<HttpResponse<String>> send(String path) {
        return client.sendAsync(HttpRequest.newBuilder(probe.url(path)).build(), BodyHandlers.ofString());
    }
}
