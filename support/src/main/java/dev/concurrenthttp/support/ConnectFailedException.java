package dev.concurrenthttp.support;

import java.net.URI;

/** No connection could be made: refused, unknown host, unreachable. */
public final class ConnectFailedException extends FetchException {

    public ConnectFailedException(URI url, String reason, Throwable cause) {
        this(url, reason, cause, 1);
    }

    ConnectFailedException(URI url, String reason, Throwable cause, int attempts) {
        super(url, reason, cause, attempts);
    }
}
