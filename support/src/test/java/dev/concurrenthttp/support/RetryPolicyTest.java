package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static final URI URL = URI.create("http://127.0.0.1/flaky");
    private static final Duration PLENTY = Duration.ofMinutes(5);

    /** Waits 100 ms, 200 ms, 400 ms, ... up to 1 s, at the top of each range: the random number is fixed. */
    private static final RetryPolicy AT_CEILING =
            new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), () -> 1.0);

    @Test
    void isOffByDefault() {
        assertThat(RetryPolicy.NONE.maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.NONE.nextDelay(1, status(503), PLENTY)).isEmpty();
        assertThat(new Batch(java.util.List.of(URL), 1, Duration.ofSeconds(1)).retryPolicy()).isEqualTo(RetryPolicy.NONE);
    }

    @Test
    void theCeilingDoublesWithEachRetryUpToTheMaximum() {
        assertThat(IntStream.rangeClosed(1, 6).mapToObj(AT_CEILING::backoff)).containsExactly(
                Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void fullJitterWaitsAFractionOfTheCeilingGivenByTheRandomNumber() {
        RetryPolicy quarter = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.25);
        RetryPolicy zero = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.0);

        assertThat(quarter.backoff(3)).isEqualTo(Duration.ofMillis(100)); // a quarter of 400 ms
        assertThat(zero.backoff(3)).isZero();
    }

    @Test
    void realRandomnessStaysWithinTheCeiling() {
        RetryPolicy policy = RetryPolicy.upTo(3);
        for (int i = 0; i < 1_000; i++) {
            assertThat(policy.backoff(2)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        }
    }

    @Test
    void aHugeRetryNumberStaysAtTheMaximum() {
        assertThat(AT_CEILING.backoff(10_000)).isEqualTo(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void retriesAGatewayOrUnavailableStatus(int code) {
        assertThat(AT_CEILING.nextDelay(1, status(code), PLENTY)).contains(Duration.ofMillis(100));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 410, 500, 501})
    void doesNotRetryAStatusThatWouldComeBackTheSame(int code) {
        assertThat(AT_CEILING.nextDelay(1, status(code), PLENTY)).isEmpty();
    }

    @Test
    void retriesTooManyRequestsOnlyWhenTheServerSaysWhen() {
        assertThat(AT_CEILING.nextDelay(1, status(429), PLENTY)).isEmpty();
        assertThat(AT_CEILING.nextDelay(1, status(429, Duration.ofMillis(300)), PLENTY)).contains(Duration.ofMillis(300));
    }

    @Test
    void retriesAConnectionNeverMadeButNoFailureAfterTheRequestMayHaveArrived() {
        assertThat(AT_CEILING.nextDelay(1, new ConnectFailedException(URL, "connection refused", null), PLENTY)).isPresent();
        assertThat(AT_CEILING.nextDelay(1, new ConnectFailedException(URL, "unknown host", null), PLENTY)).isPresent();
        assertThat(AT_CEILING.nextDelay(1, new ConnectionResetException(URL, "connection reset", null), PLENTY)).isEmpty();
        assertThat(AT_CEILING.nextDelay(1, new MalformedResponseException(URL, "response ended early", null), PLENTY)).isEmpty();
        assertThat(AT_CEILING.nextDelay(1, new RequestTimeoutException(URL, PLENTY, null), PLENTY)).isEmpty();
    }

    @Test
    void stopsAfterTheLastRetry() {
        RetryPolicy twice = new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1), () -> 1.0);

        assertThat(twice.nextDelay(1, status(503), PLENTY)).isPresent();
        assertThat(twice.nextDelay(2, status(503), PLENTY)).isPresent();
        assertThat(twice.nextDelay(3, status(503), PLENTY)).as("after 1 + 2 attempts").isEmpty();
    }

    @Test
    void waitsAsLongAsRetryAfterSaysInsteadOfTheBackoff() {
        assertThat(AT_CEILING.nextDelay(1, status(503, Duration.ofMillis(700)), PLENTY)).contains(Duration.ofMillis(700));
        assertThat(AT_CEILING.nextDelay(1, status(503, Duration.ZERO), PLENTY)).contains(Duration.ZERO);
    }

    @Test
    void givesUpRatherThanComeBackSoonerThanRetryAfterSays() {
        assertThat(AT_CEILING.nextDelay(1, status(503, Duration.ofSeconds(5)), PLENTY))
                .as("5 s asked for, 1 s the most this policy waits").isEmpty();
    }

    @Test
    void givesUpNowWhenTheWaitWouldOutlastTheDeadline() {
        assertThat(AT_CEILING.nextDelay(3, status(503), Duration.ofMillis(400))).as("a 400 ms wait, 400 ms left").isEmpty();
        assertThat(AT_CEILING.nextDelay(3, status(503), Duration.ofMillis(401))).contains(Duration.ofMillis(400));
        assertThat(AT_CEILING.nextDelay(1, status(503, Duration.ofMillis(900)), Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void theMostRetriesAnIntHoldsStillRetries() {
        RetryPolicy forever = RetryPolicy.upTo(Integer.MAX_VALUE);

        assertThat(forever.nextDelay(1, status(503), PLENTY)).isPresent();
        assertThat(forever.nextDelay(Integer.MAX_VALUE, status(503), PLENTY)).isPresent();
        assertThat(forever.maxAttempts()).isEqualTo(Integer.MAX_VALUE + 1L);
    }

    @Test
    void rejectsAMaxDelayOverAnHourWhoseNanosecondsCouldOverflow() {
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(1), Duration.ofDays(200_000), () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDelay must be at most PT1H, got PT4800000H");
        RetryPolicy anHour = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofHours(1), () -> 1.0);
        assertThat(anHour.backoff(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void reportsWhyItRetriedWhenTheDeadlineCutTheLastAttempt() {
        RequestTimeoutException cut = new RequestTimeoutException(URL, Duration.ofSeconds(1), null);

        FetchException reported = RetryPolicy.givenUp(3, cut, status(503));

        assertThat(reported).isInstanceOf(HttpStatusException.class);
        assertThat(reported.reason()).isEqualTo("status 503 (3 attempts)");
        assertThat(reported.getSuppressed()).containsExactly(cut);
    }

    @Test
    void reportsTheLastFailureOtherwise() {
        RequestTimeoutException timedOut = new RequestTimeoutException(URL, Duration.ofSeconds(1), null);
        ConnectFailedException refused = new ConnectFailedException(URL, "connection refused", null);

        assertThat(RetryPolicy.givenUp(1, timedOut, null)).as("a first attempt that timed out").isSameAs(timedOut);
        assertThat(RetryPolicy.givenUp(2, refused, status(503)).reason()).isEqualTo("connection refused (2 attempts)");
    }

    @Test
    void rejectsASenselessPolicy() {
        assertThatThrownBy(() -> RetryPolicy.upTo(-1)).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1), () -> 0.5))
                .hasMessageContaining("baseDelay");
    }

    @Test
    void aCountedFailureKeepsItsKindDetailsAndCauseAndSaysHowManyAttempts() {
        IOException cause = new IOException("refused");
        FetchException refused = new ConnectFailedException(URL, "connection refused", cause).afterAttempts(3);
        FetchException unavailable = status(503, Duration.ofSeconds(2)).afterAttempts(4);
        FetchException timedOut = new RequestTimeoutException(URL, Duration.ofSeconds(1), cause).afterAttempts(2);

        assertThat(refused).isInstanceOf(ConnectFailedException.class).hasCause(cause)
                .hasMessage("GET " + URL + ": connection refused (3 attempts)");
        assertThat(refused.attempts()).isEqualTo(3);
        assertThat(refused.reason()).isEqualTo("connection refused (3 attempts)");
        assertThat(unavailable).isInstanceOfSatisfying(HttpStatusException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
            assertThat(e.attempts()).isEqualTo(4);
        });
        assertThat(timedOut).isInstanceOfSatisfying(RequestTimeoutException.class,
                e -> assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(timedOut.reason()).isEqualTo("timed out after 1.00 s (2 attempts)");
        assertThat(status(404).reason()).as("one attempt is not worth a mention").isEqualTo("status 404");
    }

    static HttpStatusException status(int code) {
        return new HttpStatusException(URL, code);
    }

    static HttpStatusException status(int code, Duration retryAfter) {
        return new HttpStatusException(URL, code, Optional.of(retryAfter));
    }
}
