package dev.concurrenthttp.support;

import java.net.URI;

/** Bytes came back, but not a well-formed HTTP response: never mistaken for a success. */
public final class MalformedResponseException extends FetchException {

    public MalformedResponseException(URI url, String reason, Throwable cause) {
        this(url, reason, cause, 1);
    }

    MalformedResponseException(URI url, String reason, Throwable cause, int attempts) {
        super(url, reason, cause, attempts);
    }
}
