package dev.concurrenthttp.support;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What became of one request: its body, or the typed reason it failed, with the
 * {@link System#nanoTime()} readings taken when it started and when it ended.
 */
public sealed interface Outcome {

    URI url();

    long startNanos();

    long endNanos();

    default boolean succeeded() {
        return this instanceof Success;
    }

    /** A blocking attempt at one request, returning its body or throwing why it failed. */
    @FunctionalInterface
    interface Attempt {
        String body() throws Exception;
    }

    /**
     * Makes one blocking attempt on the current thread and records it: when it started, when
     * it ended, and its body or its failure, classified by {@link Failures}.
     */
    static Outcome timed(URI url, Duration timeout, Attempt attempt) {
        StartTime now = new StartTime();
        now.markNow();
        return timed(url, timeout, now, attempt);
    }

    /**
     * {@link #timed}, for a request that may wait for its turn under a limit: it starts when
     * {@code started} was marked. One that never got a turn takes no time: it starts at its end.
     */
    static Outcome timed(URI url, Duration timeout, StartTime started, Attempt attempt) {
        try {
            String body = attempt.body();
            return of(url, timeout, body, null, started);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return of(url, timeout, null, e, started);
        }
    }

    /**
     * The asynchronous counterpart of {@link #timed}: the outcome of an attempt whose future
     * completed with {@code body} or {@code error}, the two arguments
     * {@code CompletableFuture.handle} passes. The error is classified by {@link Failures}.
     */
    /** {@link #of}, for a request that may wait for its turn: one that never got it takes no time. */
    static Outcome of(URI url, Duration timeout, String body, Throwable error, StartTime started) {
        long end = System.nanoTime();
        return of(url, timeout, body, error, started.orElse(end), end);
    }

    static Outcome of(URI url, Duration timeout, String body, Throwable error, long startNanos, long endNanos) {
        if (error != null) {
            return new Failure(url, Failures.classify(url, timeout, error), startNanos, endNanos);
        }
        return new Success(url, body, startNanos, endNanos);
    }

    /** A 2xx response, read to its end. */
    record Success(URI url, String body, long startNanos, long endNanos) implements Outcome {
        public Success {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(body, "body");
        }
    }

    /** Anything else, as one of the kinds of {@link FetchException}: a status outside 2xx, a timeout, and so on. */
    record Failure(URI url, FetchException error, long startNanos, long endNanos) implements Outcome {
        public Failure {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(error, "error");
        }
    }
}
