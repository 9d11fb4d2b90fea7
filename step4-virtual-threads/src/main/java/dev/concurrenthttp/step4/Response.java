package dev.concurrenthttp.step4;

import dev.concurrenthttp.support.HttpStatusException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A response read to its end, shaped like requests' {@code Response}. */
public final class Response {

    private final URI url;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Charset charset;

    Response(URI url, int status, Map<String, List<String>> headers, byte[] body, Charset charset) {
        this.url = url;
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.charset = charset == null ? StandardCharsets.UTF_8 : charset;
    }

    /** The URL that answered: after redirects, the last one, as requests' {@code r.url}. */
    public URI url() {
        return url;
    }

    public int status() {
        return status;
    }

    /** Header names in lower case, each with its values in the order received. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    public String text() {
        return new String(body, charset);
    }

    public byte[] bytes() {
        return body.clone();
    }

    public boolean ok() {
        return status >= 200 && status <= 299;
    }

    /** Returns this response if its status is 2xx, else throws, as requests' {@code raise_for_status()}. */
    public Response raiseForStatus() {
        HttpStatusException.requireSuccess(url, status, header("Retry-After"));
        return this;
    }
}
