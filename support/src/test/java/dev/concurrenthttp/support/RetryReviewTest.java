package dev.concurrenthttp.support;

import static dev.concurrenthttp.support.RetryPolicyTest.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Failures found in review: each test states what the code should do and fails today. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RetryReviewTest {

    private static final URI URL = URI.create("http://127.0.0.1/flaky");
    private static final Duration PLENTY = Duration.ofMinutes(5);

    /**
     * AsyncRetry's javadoc: "cancelling the future it returns must stop the attempt". At the
     * deadline it never cancels it: orTimeout completes it exceptionally, and cancelInFlight's
     * cancel(true) then hits a future already done. A supplier that relies on cancel (the JDK's
     * sendAsync future aborts its exchange on cancel(true), not on completeExceptionally) keeps
     * its exchange running past the deadline.
     */
    @Test
    void anAttemptCutByTheDeadlineIsCancelled() {
        List<CompletableFuture<String>> started = new CopyOnWriteArrayList<>();
        CompletableFuture<String> body = AsyncRetry.call(RetryPolicy.NONE, URL, Duration.ofMillis(300), () -> {
            CompletableFuture<String> never = new CompletableFuture<>();
            started.add(never);
            return never;
        });

        assertThat(body).failsWithin(Duration.ofSeconds(3)).withThrowableOfType(ExecutionException.class);
        assertThat(started).hasSize(1);
        assertThat(started.getFirst().isCancelled())
                .as("the attempt in flight at the deadline was cancelled, as the supplier's contract says")
                .isTrue();
    }

    /**
     * The constructor accepts a maxDelay whose nanoseconds overflow a long (over ~292 years);
     * backoff() then throws ArithmeticException inside settle(), a whenComplete callback, so the
     * exception is swallowed and the returned future never completes: a hang.
     */
    @Test
    void aPolicyThatThrowsStillCompletesTheFuture() {
        RetryPolicy huge = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofDays(200_000), () -> 0.5);

        CompletableFuture<String> body = AsyncRetry.call(huge, URL, Duration.ofSeconds(2),
                () -> CompletableFuture.failedFuture(status(503)));

        assertThat(body).as("completes, one way or the other, within its 2 s deadline")
                .failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class); // failsWithin alone also passes on a TimeoutException
    }

    /** Same root cause, blocking side: an ArithmeticException escapes instead of a FetchException. */
    @Test
    void aHugeMaxDelayIsRejectedOrCapped() {
        assertThatCode(() -> new RetryPolicy(3, Duration.ofMillis(1), Duration.ofDays(200_000), () -> 0.5).backoff(1))
                .doesNotThrowAnyException();
    }

    /** maxAttempts() = maxRetries + 1 overflows to Integer.MIN_VALUE: "retry forever" retries never. */
    @Test
    void theMostRetriesAnIntHoldsStillRetries() {
        RetryPolicy forever = RetryPolicy.upTo(Integer.MAX_VALUE);

        assertThat(forever.nextDelay(1, status(503), PLENTY)).isPresent();
    }
}
