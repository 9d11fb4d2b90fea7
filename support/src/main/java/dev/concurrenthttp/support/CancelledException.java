package dev.concurrenthttp.support;

import java.net.URI;

/**
 * The request was cancelled, or its thread interrupted, before it finished: its caller's doing,
 * not the server's or the network's.
 */
public final class CancelledException extends FetchException {

    public CancelledException(URI url, Throwable cause) {
        this(url, cause, 1);
    }

    CancelledException(URI url, Throwable cause, int attempts) {
        super(url, "cancelled before it finished", cause, attempts);
    }
}
