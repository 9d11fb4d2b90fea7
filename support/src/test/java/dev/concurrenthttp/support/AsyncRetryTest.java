package dev.concurrenthttp.support;

import static dev.concurrenthttp.support.RetryPolicyTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class AsyncRetryTest {

    private static final URI URL = URI.create("http://127.0.0.1/flaky");

    /** Waits 100 ms, 200 ms, 400 ms, ...: the random number is fixed at the top of the range. */
    private static final RetryPolicy THREE_AT_CEILING =
            new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), () -> 1.0);

    private final AtomicInteger attempts = new AtomicInteger();
    private final List<CompletableFuture<String>> started = new CopyOnWriteArrayList<>();

    @Test
    void retriesUntilASuccessWaitingTheBackoffBetweenAttempts() {
        long start = System.nanoTime();

        CompletableFuture<String> body = AsyncRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(5), () ->
                attempts.incrementAndGet() < 3 ? CompletableFuture.failedFuture(status(503))
                        : CompletableFuture.completedFuture("fine"));

        assertThat(body).succeedsWithin(Duration.ofSeconds(3)).isEqualTo("fine");
        assertThat(attempts).hasValue(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("100 ms, then 200 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void holdsNoThreadWhileItWaits() {
        RetryPolicy slow = new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(2), () -> 1.0);
        long start = System.nanoTime();

        CompletableFuture<String> body = AsyncRetry.call(slow, URL, Duration.ofSeconds(5), () ->
                attempts.incrementAndGet() == 1 ? CompletableFuture.failedFuture(status(503))
                        : CompletableFuture.completedFuture("fine"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("call returns before the 2 s wait")
                .isLessThan(Duration.ofSeconds(1));
        assertThat(body).isNotDone();
        assertThat(body).succeedsWithin(Duration.ofSeconds(5)).isEqualTo("fine");
    }

    @Test
    void givesUpAfterTheLastRetryWithTheLastFailureCounted() {
        CompletableFuture<String> body = AsyncRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(5), () -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(status(502));
        });

        assertThat(body).failsWithin(Duration.ofSeconds(3)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(HttpStatusException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.attempts()).isEqualTo(4);
                });
        assertThat(attempts).hasValue(4);
    }

    @Test
    void makesOneAttemptForAFailureNotWorthRetrying() {
        CompletableFuture<String> body = AsyncRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(5), () -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(status(404));
        });

        assertThat(body).failsWithin(Duration.ofSeconds(3)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(attempts).hasValue(1);
    }

    @Test
    void cancelsAnAttemptStillRunningAtTheDeadlineAndReportsWhyItWasRetried() {
        long start = System.nanoTime();

        CompletableFuture<String> body = AsyncRetry.call(THREE_AT_CEILING, URL, Duration.ofMillis(800), () -> {
            if (attempts.incrementAndGet() == 1) {
                return CompletableFuture.failedFuture(status(503));
            }
            return attempt(); // never answers
        });

        assertThat(body).failsWithin(Duration.ofSeconds(3)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(HttpStatusException.class, e -> {
                    assertThat(e.reason()).as("the failure that caused the retry, not the cut").isEqualTo("status 503 (2 attempts)");
                    assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(RequestTimeoutException.class,
                            cut -> assertThat(cut.timeout()).as("the one deadline, not what was left of it")
                                    .isEqualTo(Duration.ofMillis(800)));
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1_800));
        assertThat(started).as("cancelled, as the supplier's contract says: that is what ends an exchange")
                .hasSize(1).allMatch(CompletableFuture::isCancelled);
    }

    @Test
    void cancelsTheAttemptCutByTheDeadlineWithoutRetries() {
        CompletableFuture<String> body = AsyncRetry.call(RetryPolicy.NONE, URL, Duration.ofMillis(300), this::attempt);

        assertThat(body).failsWithin(Duration.ofSeconds(3)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(RequestTimeoutException.class);
        assertThat(started).hasSize(1).allMatch(CompletableFuture::isCancelled);
    }

    @Test
    void deliversAResultCutByTheDeadlineOnTheCommonPoolNotOnTheTimerThread() {
        CompletableFuture<String> where = AsyncRetry.call(RetryPolicy.NONE, URL, Duration.ofMillis(300), this::attempt)
                .handle((value, error) -> Thread.currentThread().getName());

        assertThat(where).succeedsWithin(Duration.ofSeconds(3)).asString()
                .as("one slow callback on the JDK's timer thread would delay every timer in the JVM")
                .startsWith("ForkJoinPool.commonPool-worker");
    }

    @Test
    void completesTheResultWhenThePolicyItselfThrows() {
        RetryPolicy broken = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(1), () -> {
            throw new IllegalStateException("no random numbers today");
        });

        CompletableFuture<String> body = AsyncRetry.call(broken, URL, Duration.ofSeconds(2),
                () -> CompletableFuture.failedFuture(status(503)));

        assertThat(body).as("fails at once; a swallowed exception would leave it pending forever")
                .failsWithin(Duration.ofSeconds(1)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givesUpAtOnceWhenRetryAfterWouldOutlastTheDeadline() {
        long start = System.nanoTime();

        RetryPolicy patient = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), () -> 1.0);

        CompletableFuture<String> body = AsyncRetry.call(patient, URL, Duration.ofMillis(600), () -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(status(503, Duration.ofMillis(900)));
        });

        assertThat(body).as("done as soon as asked, not after a wait").isCompletedExceptionally();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));
        assertThat(body.exceptionNow()).isInstanceOfSatisfying(HttpStatusException.class,
                e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(attempts).hasValue(1);
    }

    @Test
    void cancellingTheResultCancelsTheAttemptInFlight() {
        CompletableFuture<String> body = AsyncRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(5), () -> {
            attempts.incrementAndGet();
            return attempt();
        });

        body.cancel(true);

        assertThat(started).hasSize(1).allMatch(CompletableFuture::isCancelled);
        assertThat(body).isCancelled();
    }

    @Test
    void cancellingDuringAWaitStartsNoMoreAttempts() throws InterruptedException {
        RetryPolicy slowish = new RetryPolicy(3, Duration.ofMillis(300), Duration.ofSeconds(1), () -> 1.0);
        CompletableFuture<String> body = AsyncRetry.call(slowish, URL, Duration.ofSeconds(5), () -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(status(503));
        });

        body.cancel(true);
        Thread.sleep(700); // past the 300 ms wait

        assertThat(attempts).hasValue(1);
        assertThat(body).isCancelled();
    }

    @Test
    void aSupplierThatThrowsIsAFailedAttempt() {
        CompletableFuture<String> body = AsyncRetry.call(THREE_AT_CEILING, URL, Duration.ofSeconds(5), () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("this session is closed");
        });

        assertThat(body).failsWithin(Duration.ofSeconds(3)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(UnexpectedFailureException.class);
        assertThat(attempts).hasValue(1);
    }

    private CompletableFuture<String> attempt() {
        CompletableFuture<String> attempt = new CompletableFuture<>();
        started.add(attempt);
        return attempt;
    }
}
