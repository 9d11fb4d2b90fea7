package dev.concurrenthttp.support;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to send a failed request again, and how long to wait first. Off unless asked for
 * ({@link #NONE}), as in requests and aiohttp.
 *
 * <p>Only for idempotent requests (GET, HEAD, PUT, DELETE, OPTIONS): a request that may have
 * reached the server is sent again, and that is safe only if doing it twice does no more than
 * doing it once. Every request in this tutorial is a GET.
 *
 * <p>{@link BlockingRetry} and {@link AsyncRetry} carry it out; this record only decides.
 *
 * @param maxRetries how many times a request may be sent again after its first attempt
 * @param baseDelay  the ceiling of the wait before the first retry, doubled for each one after
 * @param maxDelay   the longest the client waits between two attempts, a server's
 *                   {@code Retry-After} included; at most {@link #LONGEST_MAX_DELAY}
 * @param random     a number in [0, 1) for each wait; random, unless a test fixes it
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, DoubleSupplier random) {

    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(100);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(30);

    /** A wait longer than this between two attempts is not a retry but a job for a scheduler. */
    public static final Duration LONGEST_MAX_DELAY = Duration.ofHours(1);

    /** Every request is sent once. */
    public static final RetryPolicy NONE = upTo(0);

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(random, "random");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be at least 0, got " + maxRetries);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay, got " + baseDelay + " and " + maxDelay);
        }
        if (maxDelay.compareTo(LONGEST_MAX_DELAY) > 0) {
            throw new IllegalArgumentException("maxDelay must be at most " + LONGEST_MAX_DELAY + ", got " + maxDelay);
        }
    }

    /** Up to {@code maxRetries} retries, with the default delays and real randomness. */
    public static RetryPolicy upTo(int maxRetries) {
        return new RetryPolicy(maxRetries, DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The most times a request is sent: the first attempt and every retry. */
    public long maxAttempts() {
        return maxRetries + 1L; // an int would overflow for Integer.MAX_VALUE retries
    }

    // tag::next-delay[]
    /**
     * What to do after attempt number {@code attempt} (1 for the first) failed with
     * {@code failure}, with {@code left} to go before the request's deadline: the wait before the
     * next attempt, or empty to give up now and report {@code failure}.
     */
    public Optional<Duration> nextDelay(int attempt, FetchException failure, Duration left) {
        if (attempt > maxRetries || !retryable(failure)) {
            return Optional.empty();
        }
        Optional<Duration> asked = failure instanceof HttpStatusException status
                ? status.retryAfter() : Optional.empty();
        if (asked.isPresent() && asked.get().compareTo(maxDelay) > 0) {
            return Optional.empty(); // asking sooner than the server said would be refused again
        }
        Duration delay = asked.orElseGet(() -> backoff(attempt));
        if (delay.compareTo(left) >= 0) {
            return Optional.empty(); // the deadline would pass while waiting: fail now
        }
        return Optional.of(delay);
    }
    // end::next-delay[]

    // tag::given-up[]
    /**
     * The failure to report when a request gives up after {@code attempts}, the last of which
     * failed with {@code last} and the one before, if any, with {@code previous}. A timeout after
     * a retry means the deadline cut the last attempt short; the report is then why the request
     * was sent again, {@code status 503 (3 attempts)}, what it would have failed with without
     * retries, not {@code timed out}. The timeout stays attached, as a suppressed exception.
     */
    static FetchException givenUp(int attempts, FetchException last, FetchException previous) {
        if (previous == null || !(last instanceof RequestTimeoutException)) {
            return last.afterAttempts(attempts);
        }
        FetchException reported = previous.afterAttempts(attempts);
        reported.addSuppressed(last);
        return reported;
    }
    // end::given-up[]

    // tag::retryable[]
    /** Whether asking again may help: the request never reached the server, or it said "not now". */
    public static boolean retryable(FetchException failure) {
        return switch (failure) {
            // Refused, or the host name did not resolve: a server still starting, a resolver that
            // failed for a moment. Nothing was sent; the deadline bounds a name that never resolves.
            case ConnectFailedException notConnected -> true;
            case HttpStatusException status -> switch (status.status()) {
                case 502, 503, 504 -> true; // a gateway or a busy server: often gone in a moment
                case 429 -> status.retryAfter().isPresent(); // too many requests: only when told when
                default -> false; // a 404 or a 500 comes back the same
            };
            // A timeout has used up the deadline that covers every attempt. A reset or a malformed
            // response may come after the server acted on the request. A cancellation was asked
            // for, and an unexpected failure is a bug, which fails the same way again.
            default -> false;
        };
    }
    // end::retryable[]

    // tag::backoff[]
    /**
     * The wait before retry number {@code retry}, with "full jitter": anywhere from zero to a
     * ceiling that doubles with each retry, up to {@link #maxDelay}. Clients that failed together
     * come back spread out, not together again.
     */
    Duration backoff(int retry) {
        double ceiling = Math.min(maxDelay.toNanos(), baseDelay.toNanos() * Math.pow(2, retry - 1));
        return Duration.ofNanos((long) (random.getAsDouble() * ceiling));
    }
    // end::backoff[]
}
