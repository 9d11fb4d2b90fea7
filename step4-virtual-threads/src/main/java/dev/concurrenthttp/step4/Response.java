package dev.concurrenthttp.step4;

import dev.concurrenthttp.support.HttpStatusException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.Header;

/** A response read to its end, shaped like requests' {@code Response}. */
public final class Response {

    private final URI url;
    private final int status;
    private final Header[] received; // as they came: most callers look at one or two, if any
    private final byte[] body;
    private final Charset charset;

    Response(URI url, int status, Header[] received, byte[] body, Charset charset) {
        this.url = url;
        this.status = status;
        this.received = received;
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
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : received) {
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.getValue());
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(headers);
    }

    /** The first value of the header called {@code name}, in any case: {@code r.headers.get(name)}. */
    public Optional<String> header(String name) {
        for (Header header : received) {
            if (header.getName().equalsIgnoreCase(name)) {
                return Optional.of(header.getValue());
            }
        }
        return Optional.empty();
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
