package dev.concurrenthttp.support;

import java.net.URI;

/**
 * The request failed with an exception that is not an I/O failure: a bug such as a
 * {@code NullPointerException}, or a client used after it was closed. Its reason names the
 * exception's type and the first line of its message; asking again would fail the same way.
 */
public final class UnexpectedFailureException extends FetchException {

    public UnexpectedFailureException(URI url, Throwable cause) {
        this(url, reason(cause), cause, 1);
    }

    UnexpectedFailureException(URI url, String reason, Throwable cause, int attempts) {
        super(url, reason, cause, attempts);
    }

    private static String reason(Throwable cause) {
        String type = cause.getClass().getSimpleName().isEmpty() ? cause.getClass().getName()
                : cause.getClass().getSimpleName();
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        return "unexpected " + type + (message.isBlank() ? "" : ": " + message);
    }
}
