package dev.concurrenthttp.support;

import dev.concurrenthttp.concurrency.Futures;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Carries out a {@link RetryPolicy} for an asynchronous request: no thread waits, neither for an
 * attempt nor between two. Steps 2 and 3 use it.
 */
public final class AsyncRetry<T> {

    private final RetryPolicy policy;
    private final URI url;
    private final Duration timeout;
    private final Supplier<? extends CompletableFuture<T>> attempt;
    private final long deadline;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicReference<CompletableFuture<T>> inFlight = new AtomicReference<>();
    private int attempts; // one attempt runs at a time; each starts after the one before has ended
    private FetchException previous; // the failure before the last, read and written like attempts

    private AsyncRetry(RetryPolicy policy, URI url, Duration timeout, Supplier<? extends CompletableFuture<T>> attempt) {
        this.policy = policy;
        this.url = url;
        this.timeout = timeout;
        this.attempt = attempt;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /**
     * Starts the first attempt and returns a future of the first success, or of the last failure,
     * counted: {@link FetchException#attempts()}. If the deadline cut a retry short, the failure
     * is the one that caused the retry ({@link RetryPolicy#givenUp}).
     *
     * <p>{@code timeout} bounds every attempt and every wait together, from now: each attempt
     * gets what is left of it, and is cancelled when that runs out. Completing the returned future from
     * outside, by cancelling it for one, cancels the attempt in flight and starts no more.
     *
     * @param attempt starts one attempt; cancelling the future it returns must stop the attempt
     */
    public static <T> CompletableFuture<T> call(RetryPolicy policy, URI url, Duration timeout,
            Supplier<? extends CompletableFuture<T>> attempt) {
        AsyncRetry<T> retry = new AsyncRetry<>(policy, url, timeout, attempt);
        retry.result.whenComplete((value, error) -> retry.cancelInFlight());
        retry.attempt();
        return retry.result;
    }

    // tag::attempt[]
    private void attempt() {
        if (result.isDone()) {
            return; // cancelled during the wait
        }
        attempts++;
        long left = deadline - System.nanoTime();
        CompletableFuture<T> current = start();
        inFlight.set(current);
        if (result.isDone()) {
            current.cancel(true); // cancelled as it started: cancelInFlight() may have missed it
            return;
        }
        // The deadline times out a copy, then cancels the attempt itself: orTimeout on the
        // attempt would only complete its future and leave the exchange running.
        Futures.withTimeout(current, Duration.ofNanos(left), ForkJoinPool.commonPool())
                .whenComplete((value, error) -> end(current, value, error));
    }

    private void end(CompletableFuture<T> current, T value, Throwable error) {
        if (error != null) {
            current.cancel(true); // an attempt that has ended ignores it
        }
        settle(value, error);
    }

    private void settle(T value, Throwable error) {
        if (result.isDone()) {
            return; // completed from outside, which cancelled this attempt
        }
        try {
            if (error == null) {
                result.complete(value);
                return;
            }
            FetchException failure = Failures.classify(url, timeout, error);
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            Optional<Duration> delay = policy.nextDelay(attempts, failure, left);
            if (delay.isEmpty()) {
                result.completeExceptionally(RetryPolicy.givenUp(attempts, failure, previous));
                return;
            }
            previous = failure;
            // A timer, not a sleeping thread, starts the next attempt.
            CompletableFuture.delayedExecutor(delay.get().toNanos(), TimeUnit.NANOSECONDS)
                    .execute(this::attempt);
        } catch (Throwable bug) { // whenComplete would swallow it: the result would never complete
            result.completeExceptionally(bug);
        }
    }
    // end::attempt[]

    private CompletableFuture<T> start() {
        try {
            return attempt.get();
        } catch (RuntimeException e) { // as supplyAsync does: the failure goes into the future
            return CompletableFuture.failedFuture(e);
        }
    }

    private void cancelInFlight() {
        CompletableFuture<T> current = inFlight.get();
        if (current != null) {
            current.cancel(true); // an attempt that has ended ignores it
        }
    }
}
