package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.impl.classic.RequestFailedException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpVersion;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.TruncatedChunkException;
import org.apache.hc.core5.http.UnsupportedHttpVersionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Apache HttpClient 5 throws for each fault, with the messages it uses, as step 3 meets
 * them: the same fault must come out as the same kind whichever client saw it.
 */
class HttpClient5FailuresTest {

    private static final URI URL = URI.create("http://127.0.0.1:1/x");
    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    static Stream<Arguments> thrownAndKind() {
        return Stream.of(
                Arguments.of("server closed the connection before answering",
                        new ConnectionClosedException("Connection closed by peer"),
                        ConnectionResetException.class, "connection closed before a response"),
                Arguments.of("a reused connection the server had dropped",
                        new NoHttpResponseException("The target server failed to respond"),
                        ConnectionResetException.class, "connection closed before a response"),
                Arguments.of("server reset the connection",
                        new SocketException("Connection reset"),
                        ConnectionResetException.class, "connection reset"),
                Arguments.of("body shorter than its Content-Length",
                        new ConnectionClosedException(
                                "Premature end of Content-Length delimited message body (expected: 100; received: 4)"),
                        MalformedResponseException.class, "response ended early"),
                Arguments.of("chunked body without its closing chunk",
                        new ConnectionClosedException("Premature end of chunk coded message body: closing chunk expected"),
                        MalformedResponseException.class, "response ended early"),
                Arguments.of("chunk shorter than its size line",
                        new TruncatedChunkException("Truncated chunk (expected size: %d; actual size: %d)", 16, 3),
                        MalformedResponseException.class, "response ended early"),
                Arguments.of("chunk size that is not hex",
                        new MalformedChunkCodingException("Bad chunk header: zz"),
                        MalformedResponseException.class, "malformed chunked body"),
                Arguments.of("status line that is not HTTP",
                        new ParseException("Invalid protocol version; error at offset 0: <garbage>"),
                        MalformedResponseException.class, "malformed status line"),
                Arguments.of("status line of a version the client does not speak",
                        new UnsupportedHttpVersionException(HttpVersion.HTTP_2),
                        MalformedResponseException.class, "malformed response"),
                Arguments.of("connect timed out",
                        new ConnectTimeoutException("Connect to http://127.0.0.1:1 failed: Connect timed out"),
                        RequestTimeoutException.class, "timed out after 1.50 s"),
                Arguments.of("a request the client aborted, as a deadline or a closed session does",
                        new RequestFailedException("Request aborted"),
                        CancelledException.class, "cancelled before it finished"),
                Arguments.of("connection refused",
                        new HttpHostConnectException("Connect to http://127.0.0.1:1 [/127.0.0.1] failed: Connection refused"),
                        ConnectFailedException.class, "connection refused"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thrownAndKind")
    void classifiesWhatHttpClient5ThrowsByTheFault(String fault, Exception thrown,
            Class<? extends FetchException> kind, String reason) {
        FetchException error = Failures.classify(URL, TIMEOUT, new ExecutionException(thrown));

        assertThat(error).isInstanceOf(kind).hasCause(thrown);
        assertThat(error.reason()).isEqualTo(reason);
    }
}
