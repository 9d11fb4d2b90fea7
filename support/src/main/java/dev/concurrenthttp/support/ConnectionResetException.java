package dev.concurrenthttp.support;

import java.net.URI;

/** The connection was made, then reset or closed before the response was complete. */
public final class ConnectionResetException extends FetchException {

    public ConnectionResetException(URI url, String reason, Throwable cause) {
        this(url, reason, cause, 1);
    }

    ConnectionResetException(URI url, String reason, Throwable cause, int attempts) {
        super(url, reason, cause, attempts);
    }
}
