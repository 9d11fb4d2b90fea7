package dev.concurrenthttp.support;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Carries out a {@link RetryPolicy} for a blocking request: attempt, and after a failure worth
 * retrying, sleep, then attempt again, all within one deadline. Steps 1 and 4 use it.
 */
public final class BlockingRetry {

    /** One blocking attempt, which must end within {@code left}: the time the deadline leaves it. */
    @FunctionalInterface
    public interface Attempt<T> {
        T call(Duration left) throws Exception;
    }

    private BlockingRetry() {
    }

    // tag::call[]
    /**
     * Makes attempts until one succeeds or {@code policy} gives up, and returns the first
     * success or throws the last failure, counted: {@link FetchException#attempts()}. If the
     * deadline cut a retry short, the failure is the one that caused the retry
     * ({@link RetryPolicy#givenUp}).
     *
     * @param timeout the deadline for every attempt and every wait together, from now
     * @throws InterruptedException if the thread is interrupted, which ends a wait at once
     */
    public static <T> T call(RetryPolicy policy, URI url, Duration timeout, Attempt<T> attempt)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        FetchException previous = null;
        for (int attempts = 1; ; attempts++) {
            try {
                return attempt.call(Duration.ofNanos(deadline - System.nanoTime()));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                FetchException failure = Failures.classify(url, timeout, e);
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                Optional<Duration> delay = policy.nextDelay(attempts, failure, left);
                if (delay.isEmpty()) {
                    throw RetryPolicy.givenUp(attempts, failure, previous);
                }
                previous = failure;
                Thread.sleep(delay.get());
            }
        }
    }
    // end::call[]
}
