package dev.concurrenthttp.support;

import java.net.URI;

/**
 * The TLS handshake failed: most often the server's certificate is not one the client trusts,
 * or names another host. Never a reason to switch verification off: see {@link Tls}.
 */
public final class TlsFailureException extends FetchException {

    public TlsFailureException(URI url, String reason, Throwable cause) {
        this(url, reason, cause, 1);
    }

    TlsFailureException(URI url, String reason, Throwable cause, int attempts) {
        super(url, reason, cause, attempts);
    }
}
