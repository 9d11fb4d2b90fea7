package dev.concurrenthttp.support;

import java.net.URI;

/** The connection was made, then reset or closed before the response was complete. */
public final class ConnectionResetException extends FetchException {

    public ConnectionResetException(URI url, String reason, Throwable cause) {
        super(url, reason, cause);
    }
}
