package dev.concurrenthttp.support;

import java.net.URI;
import java.util.Objects;

/**
 * Why a request failed, in the few kinds a caller can act on. Every step reports its failures
 * as one of these, whatever its HTTP client threw, so the report, the tests and the fault
 * matrix speak one language.
 */
// tag::kinds[]
public abstract sealed class FetchException extends RuntimeException
        permits HttpStatusException, RequestTimeoutException, ConnectFailedException,
                ConnectionResetException, MalformedResponseException, RedirectException,
                TlsFailureException {
// end::kinds[]

    private final URI url;
    private final String reason;

    FetchException(URI url, String reason, Throwable cause) {
        super("GET " + url + ": " + reason, cause);
        this.url = Objects.requireNonNull(url, "url");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public URI url() {
        return url;
    }

    /** A few words for a report line: {@code status 404}, {@code timed out after 0.50 s}. */
    public String reason() {
        return reason;
    }
}
