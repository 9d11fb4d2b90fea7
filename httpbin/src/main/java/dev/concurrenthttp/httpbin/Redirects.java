package dev.concurrenthttp.httpbin;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * httpbin's redirect endpoints, each a 302 until the last hop, which leads to {@code /get}:
 * {@code /redirect/{n}} (relative, or absolute with {@code ?absolute=true}),
 * {@code /relative-redirect/{n}}, {@code /absolute-redirect/{n}}, and
 * {@code /redirect-to?url=...&status_code=...}, which points wherever it is told.
 */
final class Redirects {

    private Redirects() {
    }

    static void redirect(HttpExchange exchange, BigInteger n) throws IOException {
        Map<String, List<String>> query = QueryString.parse(exchange.getRequestURI().getRawQuery());
        String absolute = QueryString.first(query, "absolute");
        if (absolute != null && absolute.equalsIgnoreCase("true")) {
            absolute(exchange, n);
        } else if (atLeastOne(exchange, n)) {
            // Flask's redirect(): a page with a link, where relative-redirect sends no body.
            flaskRedirect(n.equals(BigInteger.ONE) ? "/get" : "/relative-redirect/" + n.subtract(BigInteger.ONE))
                    .send(exchange);
        }
    }

    static void relative(HttpExchange exchange, BigInteger n) throws IOException {
        if (atLeastOne(exchange, n)) {
            String next = n.equals(BigInteger.ONE) ? "/get" : "/relative-redirect/" + n.subtract(BigInteger.ONE);
            Reply.of(302, Reply.HTML, "").withHeader("Location", next).send(exchange);
        }
    }

    static void absolute(HttpExchange exchange, BigInteger n) throws IOException {
        if (atLeastOne(exchange, n)) {
            String root = new RequestEcho(exchange).hostUrl();
            flaskRedirect(root + (n.equals(BigInteger.ONE) ? "/get" : "/absolute-redirect/" + n.subtract(BigInteger.ONE)))
                    .send(exchange);
        }
    }

    /** {@code /redirect-to}: {@code status_code} is used if it is a 3xx, else 302; names are matched in any case. */
    static void redirectTo(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = QueryString.parse(exchange.getRequestURI().getRawQuery());
        String url = ignoringCase(query, "url");
        String code = ignoringCase(query, "status_code");
        if (url == null) {
            // httpbin answers 500 here, from the exception Python raises.
            Reply.of(400, Reply.TEXT, "url is required: /redirect-to?url=...").send(exchange);
            return;
        }
        int status = 302;
        if (code != null) {
            try {
                long asked = Numbers.parseInt(code);
                status = asked >= 300 && asked < 400 ? (int) asked : 302;
            } catch (NumberFormatException e) {
                Reply.of(400, Reply.TEXT, "status_code must be a whole number, got: " + code).send(exchange);
                return;
            }
        }
        Reply.of(status, Reply.HTML, "").withHeader("Location", headerSafe(url)).send(exchange);
    }

    private static boolean atLeastOne(HttpExchange exchange, BigInteger n) throws IOException {
        if (n.signum() > 0) {
            return true;
        }
        // httpbin answers 500 here, from a failed assertion.
        Reply.of(400, Reply.TEXT, "n must be at least 1, got: " + n).send(exchange);
        return false;
    }

    private static Reply flaskRedirect(String location) {
        String escaped = location.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return Reply.of(302, Reply.HTML, """
                <!doctype html>
                <html lang=en>
                <title>Redirecting...</title>
                <h1>Redirecting...</h1>
                <p>You should be redirected automatically to the target URL: <a href="%s">%s</a>. If not, click the link.
                """.formatted(escaped, escaped)).withHeader("Location", location);
    }

    private static String ignoringCase(Map<String, List<String>> query, String name) {
        return query.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().getFirst())
                .findFirst().orElse(null);
    }

    /** Werkzeug's quoting of a Location: UTF-8 bytes outside printable ASCII, and spaces, percent-escaped. */
    private static String headerSafe(String url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xff;
            if (unsigned <= 0x20 || unsigned >= 0x7f) {
                out.writeBytes("%%%02X".formatted(unsigned).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(unsigned);
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
