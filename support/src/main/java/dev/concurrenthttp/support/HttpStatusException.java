package dev.concurrenthttp.support;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The server answered, with a status outside 2xx: what requests' {@code raise_for_status()} raises. */
public final class HttpStatusException extends FetchException {

    private final int status;
    private final Optional<Duration> retryAfter;

    public HttpStatusException(URI url, int status) {
        this(url, status, Optional.empty());
    }

    /** @param retryAfter how long the server asked the client to wait before asking again */
    public HttpStatusException(URI url, int status, Optional<Duration> retryAfter) {
        this(url, status, retryAfter, 1);
    }

    HttpStatusException(URI url, int status, Optional<Duration> retryAfter, int attempts) {
        super(url, "status " + status, null, attempts);
        this.status = status;
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public int status() {
        return status;
    }

    /** The wait the response's {@code Retry-After} header asked for, if it had one that made sense. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Returns quietly for a 2xx status and throws for any other. */
    public static void requireSuccess(URI url, int status) {
        requireSuccess(url, status, Optional.empty());
    }

    /**
     * Returns quietly for a 2xx status and throws for any other, keeping the response's
     * {@code Retry-After} header, if it had one, for a retry to honour.
     */
    public static void requireSuccess(URI url, int status, Optional<String> retryAfterHeader) {
        if (status < 200 || status > 299) {
            Instant now = Instant.now();
            throw new HttpStatusException(url, status, retryAfterHeader.flatMap(value -> RetryAfter.parse(value, now)));
        }
    }
}
