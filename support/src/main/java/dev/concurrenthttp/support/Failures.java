package dev.concurrenthttp.support;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Turns whatever an HTTP client threw into one of the few {@link FetchException} kinds.
 *
 * <p>The JDK client and Apache HttpClient 5 report the same fault with different exceptions,
 * and often wrap them ({@link CompletionException}, {@link ExecutionException}); this is the
 * one place that knows them all, so no step carries its own copy. It goes by the exception's
 * type first, and reads its words only for an I/O failure whose type does not say enough.
 */
public final class Failures {

    /** HttpClient 5's exceptions, known by name: the support module does not depend on it. */
    private static final String HTTP_CORE = "org.apache.hc.core5.http.";

    private static final String CLOSED_BEFORE_A_RESPONSE = "connection closed before a response";
    private static final String ENDED_EARLY = "response ended early";

    private Failures() {
    }

    /**
     * @param timeout the deadline the request ran under, named in a timeout's reason
     */
    public static FetchException classify(URI url, Duration timeout, Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof FetchException known) {
            return known;
        }
        // Before the timeouts: HttpClient 5 reports an aborted request as an InterruptedIOException.
        if (isCancellation(cause)) {
            return new CancelledException(url, cause);
        }
        if (isTimeout(cause)) {
            return new RequestTimeoutException(url, timeout, cause);
        }
        if (isConnectFailure(cause)) {
            return new ConnectFailedException(url, connectReason(cause), cause);
        }
        if (isTlsFailure(cause)) {
            return new TlsFailureException(url, tlsReason(cause), cause);
        }
        if (!isIoFailure(cause)) {
            return new UnexpectedFailureException(url, cause); // a bug, or a closed client: not the network
        }
        FetchException named = byType(url, cause);
        return named != null ? named : byWords(url, cause);
    }

    /** The I/O failures whose type names the fault, or null. */
    private static FetchException byType(URI url, Throwable cause) {
        if (isA(cause, HTTP_CORE + "NoHttpResponseException")) {
            return new ConnectionResetException(url, CLOSED_BEFORE_A_RESPONSE, cause);
        }
        if (cause instanceof EOFException || isA(cause, HTTP_CORE + "TruncatedChunkException")) {
            return new MalformedResponseException(url, ENDED_EARLY, cause);
        }
        if (isA(cause, HTTP_CORE + "MalformedChunkCodingException")) {
            return new MalformedResponseException(url, "malformed chunked body", cause);
        }
        if (cause instanceof ProtocolException || isA(cause, HTTP_CORE + "HttpException")) {
            String text = describe(cause).toLowerCase(Locale.ROOT);
            boolean statusLine = text.contains("status line") || text.contains("protocol version");
            return new MalformedResponseException(url, statusLine ? "malformed status line" : "malformed response", cause);
        }
        return null;
    }

    /**
     * The rest, by their words. The clients name the same fault in different words, often in a
     * cause further down (the JDK wraps an EOFException in "header parser received no bytes"),
     * so the checks read the whole chain, most specific first. The reason is a fixed phrase: the
     * client's own words, garbage bytes included, stay in the cause, for the log.
     */
    private static FetchException byWords(URI url, Throwable cause) {
        String text = describe(cause).toLowerCase(Locale.ROOT);
        if (text.contains("reset") || text.contains("broken pipe")) {
            return new ConnectionResetException(url, "connection reset", cause);
        }
        if (text.contains("received no bytes") || text.contains("nohttpresponse")) {
            return new ConnectionResetException(url, CLOSED_BEFORE_A_RESPONSE, cause);
        }
        if (text.contains("status line") || text.contains("protocol version")) {
            return new MalformedResponseException(url, "malformed status line", cause);
        }
        // HttpClient 5 reports a body cut short as a ConnectionClosedException
        // ("Premature end of Content-Length delimited message body"), so before the next checks.
        if (text.contains("truncated") || text.contains("premature") || text.contains("eof")
                || text.contains("fixed content-length")) {
            return new MalformedResponseException(url, ENDED_EARLY, cause);
        }
        if (text.contains("chunk")) {
            return new MalformedResponseException(url, "malformed chunked body", cause);
        }
        if (text.contains("connectionclosed") || text.contains("closed before")) {
            return new ConnectionResetException(url, CLOSED_BEFORE_A_RESPONSE, cause);
        }
        if (text.contains("malformed") || text.contains("invalid") || text.contains("protocol")
                || text.contains("parse") || text.contains("unexpected")) {
            return new MalformedResponseException(url, "malformed response", cause);
        }
        return new ConnectionResetException(url, "connection failed (" + describe(cause) + ")", cause);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Cancelled, or interrupted: an interrupted virtual thread has its socket closed under it
     * ("Closed by interrupt"), and HttpClient 5 reports a request it aborted as
     * {@code RequestFailedException: Request aborted}.
     */
    private static boolean isCancellation(Throwable cause) {
        return cause instanceof InterruptedException || cause instanceof CancellationException
                || cause instanceof ClosedByInterruptException
                || cause instanceof SocketException && "Closed by interrupt".equals(cause.getMessage())
                || cause.getClass().getSimpleName().equals("RequestFailedException")
                        && "Request aborted".equals(cause.getMessage());
    }

    private static boolean isTimeout(Throwable cause) {
        // HttpTimeoutException (the JDK's) and SocketTimeoutException are IOExceptions;
        // InterruptedIOException also covers Apache HttpClient's connect and response timeouts.
        return cause instanceof TimeoutException
                || cause instanceof InterruptedIOException
                || cause instanceof java.net.http.HttpTimeoutException
                || cause.getClass().getSimpleName().contains("Timeout");
    }

    /** What the network or the server can cause: the JDK's I/O exceptions, HttpClient 5's protocol ones. */
    private static boolean isIoFailure(Throwable cause) {
        return cause instanceof IOException || isA(cause, HTTP_CORE + "HttpException");
    }

    /** Whether {@code t} is an instance of the class named {@code className}, known by name only. */
    private static boolean isA(Throwable t, String className) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static String connectReason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
        }
        return "connection refused";
    }

    private static boolean isTlsFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            // Apache HttpClient 5 reports a certificate for another host as SSLPeerUnverifiedException,
            // after a handshake that succeeded; the JDK's client fails the handshake itself.
            if (t instanceof SSLHandshakeException || t instanceof SSLPeerUnverifiedException
                    || t instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    private static String tlsReason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException) {
                return "certificate not trusted";
            }
            if (t instanceof SSLPeerUnverifiedException
                    || t instanceof CertificateException && String.valueOf(t.getMessage()).contains("No subject alternative")) {
                return "certificate does not match the host";
            }
        }
        return "TLS handshake failed";
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(' ').append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
