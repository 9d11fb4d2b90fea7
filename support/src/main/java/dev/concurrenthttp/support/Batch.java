package dev.concurrenthttp.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Fetcher} is asked to do: fetch these URLs with at most {@code limit} requests
 * in flight, each request bounded by {@code timeout}, and sent again after a failure as
 * {@code retryPolicy} says. The timeout covers all of a request's attempts and the waits between
 * them, as aiohttp's total timeout does.
 */
public record Batch(List<URI> urls, int limit, Duration timeout, RetryPolicy retryPolicy) {

    public Batch {
        urls = List.copyOf(urls);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** A batch that sends every request once: retries are opt-in. */
    public Batch(List<URI> urls, int limit, Duration timeout) {
        this(urls, limit, timeout, RetryPolicy.NONE);
    }

    /** A batch with one request in flight at a time. */
    public static Batch sequential(List<URI> urls, Duration timeout) {
        return new Batch(urls, 1, timeout);
    }

    /** This batch, with {@code retryPolicy} instead. */
    public Batch withRetryPolicy(RetryPolicy retryPolicy) {
        return new Batch(urls, limit, timeout, retryPolicy);
    }
}
