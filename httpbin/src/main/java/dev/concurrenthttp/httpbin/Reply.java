package dev.concurrenthttp.httpbin;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A whole response, known before the first byte is sent. */
record Reply(int status, Map<String, String> headers, byte[] body) {

    static final String JSON = "application/json";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";
    static final String BINARY = "application/octet-stream";

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply json(Object value) {
        return of(200, JSON, Json.pretty(value));
    }

    static Reply of(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, Map.of("Content-Type", contentType), body);
    }

    /** No body and, as httpbin sends it, no Content-Type either. */
    static Reply bare(int status) {
        return new Reply(status, Map.of(), new byte[0]);
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, body);
    }

    Reply withBody(String text) {
        return new Reply(status, headers, text.getBytes(StandardCharsets.UTF_8));
    }

    void send(HttpExchange exchange) throws IOException {
        Headers out = exchange.getResponseHeaders();
        headers.forEach(out::set);
        if (!mayHaveBody(exchange, status)) {
            // A HEAD answer states the length a GET would get. The JDK omits that header for
            // HEAD (and warns if given a length), so it is set by hand.
            if (status != 204 && status != 304) {
                out.set("Content-Length", Integer.toString(body.length));
            }
            exchange.sendResponseHeaders(status, -1);
        } else {
            // To the JDK, length 0 means "chunked, length unknown" and -1 means "empty".
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    static boolean mayHaveBody(HttpExchange exchange, int status) {
        return !exchange.getRequestMethod().equals("HEAD") && status != 204 && status != 304;
    }
}
