package dev.concurrenthttp.step3;

import dev.concurrenthttp.support.HttpStatusException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;

/**
 * A response read to its end: what {@code await response.text()} gives in aiohttp, with the
 * status and headers beside it.
 */
public final class Response {

    private final URI url;
    private final int status;
    private final Header[] received; // as they came: most callers look at one or two, if any
    private final byte[] body;
    private final Charset charset;

    private Response(URI url, int status, Header[] received, byte[] body, Charset charset) {
        this.url = Objects.requireNonNull(url, "url");
        this.status = status;
        this.received = received;
        this.body = body;
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    /** Takes over {@code response}'s headers and body, which no one else holds. */
    static Response of(URI url, SimpleHttpResponse response) {
        byte[] body = response.getBodyBytes();
        ContentType type = response.getContentType();
        Charset charset = type == null ? StandardCharsets.UTF_8 : type.getCharset(StandardCharsets.UTF_8);
        return new Response(url, response.getCode(), response.getHeaders(), body == null ? new byte[0] : body, charset);
    }

    /** The URL that answered: after redirects, the last one, as aiohttp's {@code resp.url}. */
    public URI url() {
        return url;
    }

    public int status() {
        return status;
    }

    /** The first value of the header called {@code name}, in any case: {@code resp.headers.get(name)}. */
    public Optional<String> header(String name) {
        for (Header header : received) {
            if (header.getName().equalsIgnoreCase(name)) {
                return Optional.of(header.getValue());
            }
        }
        return Optional.empty();
    }

    /** Every header, looked up without regard to case: {@code headers().allValues("set-cookie")}. */
    public HttpHeaders headers() {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : received) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return HttpHeaders.of(headers, (name, value) -> true);
    }

    /** The body decoded with the charset the {@code Content-Type} names, or UTF-8 if it names none. */
    public String text() {
        return new String(body, charset);
    }

    /** A copy of the body's bytes. */
    public byte[] bytes() {
        return body.clone();
    }

    /**
     * Throws {@link HttpStatusException} unless the status is 2xx, like aiohttp's
     * {@code raise_for_status()}; returns this response so that calls can chain.
     */
    public Response raiseForStatus() {
        HttpStatusException.requireSuccess(url, status, header("Retry-After"));
        return this;
    }

    @Override
    public String toString() {
        return "Response[" + status + " " + url + ", " + body.length + " bytes]";
    }
}
