package dev.concurrenthttp.support;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** The whole exchange did not finish within its deadline. */
public final class RequestTimeoutException extends FetchException {

    private final Duration timeout;

    public RequestTimeoutException(URI url, Duration timeout, Throwable cause) {
        this(url, timeout, cause, 1);
    }

    RequestTimeoutException(URI url, Duration timeout, Throwable cause, int attempts) {
        super(url, String.format(Locale.ROOT, "timed out after %.2f s", timeout.toNanos() / 1e9), cause, attempts);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
