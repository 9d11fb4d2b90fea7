package dev.concurrenthttp.support;

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
import java.util.function.Function;

/**
 * A response read to its end, as steps 3 and 4's sessions return it: what aiohttp's
 * {@code ClientResponse} holds after {@code await response.text()}, and requests' {@code Response}.
 */
public final class Response {

    private final URI url;
    private final int status;
    private final String[] headers; // name, value, name, value, ...: most callers look at one, if any
    private final byte[] body;
    private final Charset charset;

    private Response(URI url, int status, String[] headers, byte[] body, Charset charset) {
        this.url = Objects.requireNonNull(url, "url");
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.charset = charset;
    }

    /**
     * A response from a client's own header type: {@code name} and {@code value} read each of
     * {@code received}, in the order received. Takes over {@code body}, which no one else holds.
     *
     * @param charset the one the {@code Content-Type} names; null for none, read as UTF-8
     */
    public static <H> Response of(URI url, int status, H[] received, Function<H, String> name,
            Function<H, String> value, byte[] body, Charset charset) {
        String[] headers = new String[received.length * 2];
        for (int i = 0; i < received.length; i++) {
            headers[2 * i] = name.apply(received[i]);
            headers[2 * i + 1] = value.apply(received[i]);
        }
        return new Response(url, status, headers, body == null ? new byte[0] : body,
                charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /** The URL that answered: after redirects, the last one, as {@code resp.url} and {@code r.url}. */
    public URI url() {
        return url;
    }

    public int status() {
        return status;
    }

    /** Whether the status is 2xx: requests' {@code r.ok}. */
    public boolean ok() {
        return status >= 200 && status <= 299;
    }

    /** The first value of the header called {@code name}, in any case: {@code headers.get(name)}. */
    public Optional<String> header(String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return Optional.of(headers[i + 1]);
            }
        }
        return Optional.empty();
    }

    /** Every header, looked up without regard to case: {@code headers().allValues("set-cookie")}. */
    public HttpHeaders headers() {
        Map<String, List<String>> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headers.length; i += 2) {
            all.computeIfAbsent(headers[i], name -> new ArrayList<>()).add(headers[i + 1]);
        }
        return HttpHeaders.of(all, (name, value) -> true);
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
     * Throws {@link HttpStatusException} unless the status is 2xx, as {@code raise_for_status()}
     * does; returns this response so that calls can chain.
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
