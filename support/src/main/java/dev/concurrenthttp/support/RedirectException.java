package dev.concurrenthttp.support;

import java.net.URI;

/**
 * A redirect the client would not follow: one too many, from https down to plain http, or to a
 * {@code Location} that is not an http(s) URL. {@link RedirectPolicy} says which.
 */
public final class RedirectException extends FetchException {

    public RedirectException(URI url, String reason) {
        this(url, reason, 1);
    }

    RedirectException(URI url, String reason, int attempts) {
        super(url, reason, null, attempts);
    }
}
