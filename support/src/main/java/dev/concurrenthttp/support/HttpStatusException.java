package dev.concurrenthttp.support;

import java.net.URI;

/** The server answered, with a status outside 2xx: what requests' {@code raise_for_status()} raises. */
public final class HttpStatusException extends FetchException {

    private final int status;

    public HttpStatusException(URI url, int status) {
        super(url, "status " + status, null);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Returns quietly for a 2xx status and throws for any other. */
    public static void requireSuccess(URI url, int status) {
        if (status < 200 || status > 299) {
            throw new HttpStatusException(url, status);
        }
    }
}
