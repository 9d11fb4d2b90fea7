package dev.concurrenthttp.support;

import static dev.concurrenthttp.support.RetryPolicyTest.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BlockingRetryTest {

    private static final URI URL = URI.create("http://127.0.0.1/flaky");

    /** Waits 100 ms, 200 ms, 400 ms, ...: the random number is fixed at the top of the range. */
    private static final RetryPolicy THREE_AT_CEILING =
            new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), () -> 1.0);

    /** Would wait up to 5 s between attempts, were it not for the deadline. */
    private static final RetryPolicy PATIENT =
            new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), () -> 1.0);

    private final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void returnsAFirstSuccessWithoutWaiting() throws InterruptedException {
        String body = BlockingRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(1), left -> {
            attempts.incrementAndGet();
            return "fine";
        });

        assertThat(body).isEqualTo("fine");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void retriesUntilASuccessWaitingTheBackoffBetweenAttempts() throws InterruptedException {
        long start = System.nanoTime();

        String body = BlockingRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(5), left -> {
            if (attempts.incrementAndGet() < 3) {
                throw status(503);
            }
            return "fine";
        });

        assertThat(body).isEqualTo("fine");
        assertThat(attempts).hasValue(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("100 ms, then 200 ms")
                .isBetween(Duration.ofMillis(300), Duration.ofSeconds(3));
    }

    @Test
    void givesUpAfterTheLastRetryWithTheLastFailureCounted() {
        assertThatThrownBy(() -> BlockingRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(5), left -> {
            attempts.incrementAndGet();
            throw new ConnectException("Connection refused");
        })).isInstanceOfSatisfying(ConnectFailedException.class, e -> {
            assertThat(e.attempts()).isEqualTo(4);
            assertThat(e.reason()).isEqualTo("connection refused (4 attempts)");
        });
        assertThat(attempts).as("1 + 3 retries").hasValue(4);
    }

    @Test
    void makesOneAttemptForAFailureNotWorthRetrying() {
        assertThatThrownBy(() -> BlockingRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(5), left -> {
            attempts.incrementAndGet();
            throw status(404);
        })).isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(attempts).hasValue(1);
    }

    @Test
    void givesEachAttemptOnlyWhatIsLeftOfTheOneDeadline() throws InterruptedException {
        List<Duration> given = new ArrayList<>();

        BlockingRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(2), left -> {
            given.add(left);
            if (given.size() < 3) {
                throw status(503);
            }
            return "fine";
        });

        assertThat(given).hasSize(3);
        assertThat(given.get(0)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(given.get(1)).as("after a 100 ms wait").isLessThanOrEqualTo(Duration.ofMillis(1_900));
        assertThat(given.get(2)).as("after 100 + 200 ms of waits").isLessThanOrEqualTo(Duration.ofMillis(1_700));
    }

    @Test
    void givesUpAtOnceWhenRetryAfterWouldOutlastTheDeadline() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> BlockingRetry.call(PATIENT, URL, Duration.ofMillis(600), left -> {
            attempts.incrementAndGet();
            throw status(503, Duration.ofMillis(900));
        })).isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.attempts()).isEqualTo(1));

        assertThat(attempts).as("the one at 0, none at 900 ms: past the deadline").hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void reportsWhyItRetriedWhenTheDeadlineCutsARetryShort() {
        assertThatThrownBy(() -> BlockingRetry.call(THREE_AT_CEILING, URL, Duration.ofMillis(500), left -> {
            if (attempts.incrementAndGet() == 1) {
                throw status(503);
            }
            throw new java.net.http.HttpTimeoutException("request timed out"); // as an attempt given `left` ends
        })).isInstanceOfSatisfying(HttpStatusException.class, e -> {
            assertThat(e.reason()).isEqualTo("status 503 (2 attempts)");
            assertThat(e.getSuppressed()).singleElement().isInstanceOf(RequestTimeoutException.class);
        });
    }

    @Test
    void aWaitIsCutShortByAnInterrupt() throws Exception {
        RetryPolicy slow = new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(5), () -> 1.0);
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                BlockingRetry.call(slow, URL, Duration.ofSeconds(30), left -> {
                    attempts.incrementAndGet();
                    throw status(503);
                });
            } catch (Throwable e) {
                thrown.complete(e);
            }
        });
        while (attempts.get() == 0) {
            Thread.sleep(10);
        }

        long start = System.nanoTime();
        caller.interrupt();

        assertThat(thrown.get(2, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(attempts).hasValue(1);
    }
}
