package dev.concurrenthttp.contract;

import dev.concurrenthttp.support.ConnectFailedException;
import dev.concurrenthttp.support.ConnectionResetException;
import dev.concurrenthttp.support.FetchException;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.MalformedResponseException;
import dev.concurrenthttp.support.RedirectException;
import dev.concurrenthttp.support.RequestTimeoutException;
import dev.concurrenthttp.support.TlsFailureException;
import java.util.List;

/**
 * What can go wrong with one request, and the kind of {@link FetchException} every step must
 * report for it, whichever HTTP client it uses. {@link FaultServers} stages each one.
 */
public enum Fault {

    NOT_FOUND("the server answers 404", HttpStatusException.class),
    SERVICE_UNAVAILABLE("the server answers 503", HttpStatusException.class),
    CONNECTION_REFUSED("nothing listens on the port", ConnectFailedException.class),
    UNKNOWN_HOST("the host name does not resolve", ConnectFailedException.class),
    CONNECTION_RESET("the server resets the connection", ConnectionResetException.class),
    EMPTY_RESPONSE("the server closes without a byte", ConnectionResetException.class),
    /**
     * Bytes that end without a line break: HttpClient 5's classic client drops such a last line,
     * and so sees no response at all, where the others see a status line that is not HTTP.
     */
    GARBAGE_THEN_CLOSE("the server sends random bytes, then closes",
            MalformedResponseException.class, ConnectionResetException.class),
    MALFORMED_CHUNK("a chunked body with a broken chunk", MalformedResponseException.class),
    TRUNCATED_BODY("Content-Length 100, then 10 bytes and close", MalformedResponseException.class),
    HEADERS_NEVER_COME("the headers never come", RequestTimeoutException.class),
    BODY_DRIBBLES("the body dribbles past the deadline", RequestTimeoutException.class),
    REDIRECT_LOOP("the server redirects to the same URL, again and again", RedirectException.class),
    /** WireMock's own certificate, which no certificate authority of the JDK's signed. */
    UNTRUSTED_CERTIFICATE("https, with a certificate nobody trusts", TlsFailureException.class);

    private final String description;
    private final List<Class<? extends FetchException>> kinds;

    @SafeVarargs
    Fault(String description, Class<? extends FetchException>... kinds) {
        this.description = description;
        this.kinds = List.of(kinds);
    }

    /** What the server, or the network, does. */
    public String description() {
        return description;
    }

    /** The kinds of failure a caller may see: one, unless a client cannot tell the fault apart. */
    public List<Class<? extends FetchException>> kinds() {
        return kinds;
    }
}
