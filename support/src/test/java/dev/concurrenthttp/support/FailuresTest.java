package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final URI URL = URI.create("http://127.0.0.1:1/x");
    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    static Stream<Arguments> thrownAndKind() {
        return Stream.of(
                Arguments.of(new HttpTimeoutException("request timed out"), RequestTimeoutException.class, "timed out after 1.50 s"),
                Arguments.of(new HttpConnectTimeoutException("connect timed out"), RequestTimeoutException.class, "timed out after 1.50 s"),
                Arguments.of(new TimeoutException(), RequestTimeoutException.class, "timed out after 1.50 s"),
                Arguments.of(new ConnectException(), ConnectFailedException.class, "connection refused"),
                Arguments.of(new ConnectException("x").initCause(new UnknownHostException("nowhere.invalid")),
                        ConnectFailedException.class, "unknown host"),
                Arguments.of(new SocketException("Connection reset"), ConnectionResetException.class, "connection reset"),
                Arguments.of(new IOException("HTTP/1.1 header parser received no bytes"), ConnectionResetException.class,
                        "connection closed before a response"),
                Arguments.of(new EOFException("EOF reached while reading"), MalformedResponseException.class, "response ended early"),
                Arguments.of(new java.net.ProtocolException("Invalid status line: \"garbage\""), MalformedResponseException.class,
                        "malformed status line"),
                // What the JDK client throws for each server fault the fault suite stages, chain and all.
                Arguments.of(new IOException("HTTP/1.1 header parser received no bytes",
                                new EOFException("EOF reached while reading")),
                        ConnectionResetException.class, "connection closed before a response"),
                Arguments.of(new IOException("parsing HTTP/1.1 status line, receiving [lskdu0][]'./.], parser state [STATUS_LINE]",
                                new EOFException("EOF reached while reading")),
                        MalformedResponseException.class, "malformed status line"),
                Arguments.of(new IOException("fixed content-length: 100, bytes received: 10",
                                new EOFException("EOF reached while reading")),
                        MalformedResponseException.class, "response ended early"),
                Arguments.of(new IOException("Illegal character in chunk size: 108"),
                        MalformedResponseException.class, "malformed chunked body"),
                Arguments.of(new IOException("HTTP/1.1 header parser received no bytes", new SocketException("Connection reset")),
                        ConnectionResetException.class, "connection reset"),
                // What the JDK reports for a self-signed certificate, and for one made out to another host.
                Arguments.of(new SSLHandshakeException("PKIX path building failed").initCause(
                                new ValidatorException("PKIX path building failed",
                                        new SunCertPathBuilderLikeException("unable to find valid certification path"))),
                        TlsFailureException.class, "certificate not trusted"),
                Arguments.of(new SSLHandshakeException("No subject alternative names matching IP address 127.0.0.1 found")
                                .initCause(new CertificateException("No subject alternative names matching IP address 127.0.0.1 found")),
                        TlsFailureException.class, "certificate does not match the host"),
                Arguments.of(new SSLPeerUnverifiedException("Certificate for <localhost> doesn't match any of the subject alternative names"),
                        TlsFailureException.class, "certificate does not match the host"),
                Arguments.of(new SSLHandshakeException("Received fatal alert: handshake_failure"),
                        TlsFailureException.class, "TLS handshake failed"));
    }

    /** The JDK's own exceptions for these are internal; these stand in for them, with their parents' types. */
    private static final class ValidatorException extends CertificateException {
        ValidatorException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final class SunCertPathBuilderLikeException extends CertPathBuilderException {
        SunCertPathBuilderLikeException(String message) {
            super(message);
        }
    }

    @ParameterizedTest
    @MethodSource("thrownAndKind")
    void classifiesWhatAClientThrowsIntoOneKind(Throwable thrown, Class<? extends FetchException> kind, String reason) {
        FetchException error = Failures.classify(URL, TIMEOUT, thrown);

        assertThat(error).isInstanceOf(kind).hasCause(thrown);
        assertThat(error.reason()).isEqualTo(reason);
        assertThat(error.url()).isEqualTo(URL);
        assertThat(error.getMessage()).isEqualTo("GET " + URL + ": " + reason);
    }

    static Stream<Arguments> notTheNetworksDoing() {
        return Stream.of(
                Arguments.of(new NullPointerException("Cannot invoke \"String.length()\" because \"body\" is null"),
                        "unexpected NullPointerException: Cannot invoke \"String.length()\" because \"body\" is null"),
                Arguments.of(new IllegalStateException("Connection pool shut down"),
                        "unexpected IllegalStateException: Connection pool shut down"),
                // Words the checks for I/O failures look for: not read in an exception that is not one.
                Arguments.of(new IllegalArgumentException("invalid URI scheme"),
                        "unexpected IllegalArgumentException: invalid URI scheme"),
                Arguments.of(new IllegalStateException("reset twice"), "unexpected IllegalStateException: reset twice"),
                Arguments.of(new UnsupportedOperationException(), "unexpected UnsupportedOperationException"),
                Arguments.of(new Exception("first line\nsecond line"), "unexpected Exception: first line"));
    }

    @ParameterizedTest
    @MethodSource("notTheNetworksDoing")
    void reportsAnExceptionThatIsNotAnIoFailureAsWhatItIsNamingItsType(Throwable thrown, String reason) {
        FetchException error = Failures.classify(URL, TIMEOUT, new CompletionException(thrown));

        assertThat(error).isInstanceOf(UnexpectedFailureException.class).hasCause(thrown);
        assertThat(error.reason()).isEqualTo(reason);
        assertThat(error.getMessage()).isEqualTo("GET " + URL + ": " + reason);
    }

    @Test
    void reportsACancellationAsAKindOfItsOwn() {
        CancellationException cancelled = new CancellationException("the session was closed");
        InterruptedException interrupted = new InterruptedException();

        assertThat(Failures.classify(URL, TIMEOUT, new CompletionException(cancelled)))
                .isInstanceOf(CancelledException.class).hasCause(cancelled)
                .extracting(FetchException::reason).isEqualTo("cancelled before it finished");
        assertThat(Failures.classify(URL, TIMEOUT, interrupted))
                .isInstanceOf(CancelledException.class).hasCause(interrupted);
    }

    @Test
    void reportsASocketClosedByAnInterruptAsCancelledNotAsAFailedConnection() {
        // An interrupted virtual thread has its socket closed under it, in these two words.
        SocketException closed = new SocketException("Closed by interrupt");
        ClosedByInterruptException channel = new ClosedByInterruptException();

        assertThat(Failures.classify(URL, TIMEOUT, closed)).isInstanceOf(CancelledException.class);
        assertThat(Failures.classify(URL, TIMEOUT, channel)).isInstanceOf(CancelledException.class);
    }

    @Test
    void readsTheIoExceptionInsideAnUncheckedOne() {
        SocketException reset = new SocketException("Connection reset");

        assertThat(Failures.classify(URL, TIMEOUT, new UncheckedIOException(reset)))
                .isInstanceOf(ConnectionResetException.class).hasCause(reset);
    }

    @Test
    void reportsAnIoFailureItDoesNotRecogniseAsAFailedConnectionWithTheClientsWords() {
        IOException unknown = new IOException("something new");

        assertThat(Failures.classify(URL, TIMEOUT, unknown)).isInstanceOf(ConnectionResetException.class)
                .extracting(FetchException::reason).isEqualTo("connection failed (IOException something new)");
    }

    @Test
    void looksThroughTheWrappersFuturesAddAroundTheCause() {
        ConnectException refused = new ConnectException();

        assertThat(Failures.classify(URL, TIMEOUT, new CompletionException(new ExecutionException(refused))))
                .isInstanceOf(ConnectFailedException.class).hasCause(refused);
    }

    @Test
    void keepsAFailureThatIsAlreadyTyped() {
        HttpStatusException notFound = new HttpStatusException(URL, 404);

        assertThat(Failures.classify(URL, TIMEOUT, new CompletionException(notFound))).isSameAs(notFound);
    }
}
