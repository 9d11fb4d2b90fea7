package dev.concurrenthttp.support;

import java.net.URI;
import java.util.Objects;

/**
 * Why a request failed, in the few kinds a caller can act on. Every step reports its failures
 * as one of these, whatever its HTTP client threw, so the report, the tests and the fault
 * matrix speak one language. The last two are not faults of the server or the network: a
 * request its caller cancelled, and an exception that is not an I/O failure, such as a bug.
 */
// tag::kinds[]
public abstract sealed class FetchException extends RuntimeException
        permits HttpStatusException, RequestTimeoutException, ConnectFailedException,
                ConnectionResetException, MalformedResponseException, RedirectException,
                TlsFailureException, CancelledException, UnexpectedFailureException {
// end::kinds[]

    private final URI url;
    private final String reason;
    private final int attempts;

    FetchException(URI url, String reason, Throwable cause) {
        this(url, reason, cause, 1);
    }

    FetchException(URI url, String reason, Throwable cause, int attempts) {
        super("GET " + url + ": " + withAttempts(reason, attempts), cause);
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        this.url = Objects.requireNonNull(url, "url");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.attempts = attempts;
    }

    public URI url() {
        return url;
    }

    /**
     * A few words for a report line: {@code status 404}, {@code timed out after 0.50 s}, and
     * how many attempts were made if there was more than one: {@code status 503 (3 attempts)}.
     */
    public String reason() {
        return withAttempts(reason, attempts);
    }

    /** How many times the request was sent, this failure being the last: 1 unless it was retried. */
    public int attempts() {
        return attempts;
    }

    /** This failure as the last of {@code attempts}: the same kind, details and cause, with the count. */
    public FetchException afterAttempts(int attempts) {
        if (attempts == this.attempts) {
            return this;
        }
        Throwable cause = getCause();
        FetchException counted = switch (this) {
            case HttpStatusException e -> new HttpStatusException(url, e.status(), e.retryAfter(), attempts);
            case RequestTimeoutException e -> new RequestTimeoutException(url, e.timeout(), cause, attempts);
            case ConnectFailedException e -> new ConnectFailedException(url, reason, cause, attempts);
            case ConnectionResetException e -> new ConnectionResetException(url, reason, cause, attempts);
            case MalformedResponseException e -> new MalformedResponseException(url, reason, cause, attempts);
            case RedirectException e -> new RedirectException(url, reason, attempts);
            case TlsFailureException e -> new TlsFailureException(url, reason, cause, attempts);
            case CancelledException e -> new CancelledException(url, cause, attempts);
            case UnexpectedFailureException e -> new UnexpectedFailureException(url, reason, cause, attempts);
        };
        counted.setStackTrace(getStackTrace()); // where the last attempt failed, not where it was counted
        return counted;
    }

    private static String withAttempts(String reason, int attempts) {
        return attempts == 1 ? reason : reason + " (" + attempts + " attempts)";
    }
}
