package dev.concurrenthttp.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Fetcher} is asked to do: fetch these URLs with at most {@code limit} requests
 * in flight, each whole exchange bounded by {@code timeout}.
 */
public record Batch(List<URI> urls, int limit, Duration timeout) {

    public Batch {
        urls = List.copyOf(urls);
        Objects.requireNonNull(timeout, "timeout");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** A batch with one request in flight at a time. */
    public static Batch sequential(List<URI> urls, Duration timeout) {
        return new Batch(urls, 1, timeout);
    }
}
