package dev.concurrenthttp.httpbin;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What httpbin tells a client about its own request: args, headers, origin, url, body. */
final class RequestEcho {

    /** Headers a proxy in front of httpbin.org adds; httpbin hides them unless asked to {@code show_env}. */
    private static final Set<String> PROXY_HEADERS = Set.of(
            "X-Varnish", "X-Request-Start", "X-Heroku-Queue-Depth", "X-Real-Ip", "X-Forwarded-Proto",
            "X-Forwarded-Protocol", "X-Forwarded-Ssl", "X-Heroku-Queue-Wait-Time", "X-Forwarded-For",
            "X-Heroku-Dynos-In-Use", "X-Forwarded-Port", "X-Request-Id", "Via", "Total-Route-Time",
            "Connect-Time");

    private static final int MAX_BODY = 1 << 20;

    private final HttpExchange exchange;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;

    RequestEcho(HttpExchange exchange) {
        this.exchange = exchange;
        this.query = QueryString.parse(exchange.getRequestURI().getRawQuery());
        this.headers = new TreeMap<>();
        // Repeated headers are joined with a bare comma, as gunicorn does.
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.merge(HeaderNames.titleCase(name), String.join(",", values), (a, b) -> a + "," + b));
    }

    Map<String, List<String>> query() {
        return query;
    }

    Map<String, Object> args() {
        return QueryString.flatten(query);
    }

    Map<String, String> headers() {
        if (query.containsKey("show_env")) {
            return headers;
        }
        Map<String, String> shown = new TreeMap<>(headers);
        shown.keySet().removeAll(PROXY_HEADERS);
        return shown;
    }

    /** A request header by name, ignoring case, or null. */
    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    String origin() {
        String forwarded = headers.get("X-Forwarded-For");
        return forwarded != null ? forwarded : exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    /** The URL as Werkzeug rebuilds it: an IRI, so escaped UTF-8 shows as the characters. */
    String url() {
        String scheme = scheme();
        String host = header("Host");
        if (host == null) {
            host = "127.0.0.1:" + exchange.getLocalAddress().getPort();
        } else if (scheme.equals("http") && host.endsWith(":80") || scheme.equals("https") && host.endsWith(":443")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        URI uri = exchange.getRequestURI();
        String query = uri.getRawQuery();
        String target = uri.getRawPath() + (query == null || query.isEmpty() ? "" : "?" + query);
        return scheme + "://" + host + unescapeForIri(target);
    }

    /** Where Flask's {@code url_for(..., _external=True)} points: this server, as the Host header names it. */
    String hostUrl() {
        String host = header("Host");
        return "http://" + (host == null ? "127.0.0.1:" + exchange.getLocalAddress().getPort() : host);
    }

    private String scheme() {
        String proto = header("X-Forwarded-Proto");
        if (proto == null) {
            proto = header("X-Forwarded-Protocol");
        }
        if (proto == null && "on".equals(header("X-Forwarded-Ssl"))) {
            proto = "https";
        }
        return proto == null ? "http" : proto;
    }

    /**
     * The body fields of {@code /delay}: {@code data}, {@code form} and {@code files}. A
     * urlencoded form goes to {@code form}; multipart bodies are not parsed (left empty).
     */
    Map<String, Object> body() throws IOException {
        byte[] body = readBody();
        String type = header("Content-Type");
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("files", Map.of());
        if (type.startsWith("application/x-www-form-urlencoded")) {
            fields.put("form", QueryString.flatten(QueryString.parse(new String(body, StandardCharsets.UTF_8))));
            fields.put("data", "");
        } else {
            fields.put("form", Map.of());
            fields.put("data", type.startsWith("multipart/form-data") ? "" : jsonSafe(body));
        }
        return fields;
    }

    private byte[] readBody() throws IOException {
        if (header("Content-Length") == null && header("Transfer-Encoding") == null) {
            return new byte[0]; // most requests: spares a buffer per request when thousands arrive at once
        }
        InputStream in = exchange.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; out.size() < MAX_BODY && (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** httpbin's {@code json_safe}: UTF-8 text as is, anything else as a base64 data URL. */
    private static String jsonSafe(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return "data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(body);
        }
    }

    /**
     * Werkzeug's {@code uri_to_iri}: an escape stays unless it stands for a letter, a digit,
     * {@code -._~}, or a whole UTF-8 encoded non-ASCII character.
     */
    static String unescapeForIri(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        int i = 0;
        while (i < uri.length()) {
            int b = uri.charAt(i) == '%' && i + 2 < uri.length() ? QueryString.hexByte(uri, i + 1) : -1;
            if (b < 0) {
                out.append(uri.charAt(i++));
            } else if (b < 0x80) {
                boolean safe = Character.isLetterOrDigit(b) || "-._~".indexOf(b) >= 0;
                out.append(safe ? String.valueOf((char) b) : uri.substring(i, i + 3));
                i += 3;
            } else {
                int end = utf8Sequence(uri, i);
                if (end < 0) {
                    out.append(uri, i, i + 3);
                    i += 3;
                } else {
                    out.append(QueryString.decode(uri.substring(i, end)));
                    i = end;
                }
            }
        }
        return out.toString();
    }

    /** The end of the escaped UTF-8 character starting at {@code at}, or -1 if it is not one. */
    private static int utf8Sequence(String uri, int at) {
        int lead = QueryString.hexByte(uri, at + 1);
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : -1;
        if (length < 0 || at + 3 * length > uri.length()) {
            return -1;
        }
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            int p = at + 3 * k;
            int b = uri.charAt(p) == '%' ? QueryString.hexByte(uri, p + 1) : -1;
            if (b < 0) {
                return -1;
            }
            bytes[k] = (byte) b;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return at + 3 * length;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }
}
