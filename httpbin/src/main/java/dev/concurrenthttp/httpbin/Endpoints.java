package dev.concurrenthttp.httpbin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The endpoints that answer with a small JSON document or a block of bytes. */
final class Endpoints {

    static final double MAX_DELAY_SECONDS = 10;
    static final int MAX_BYTES = 100 * 1024;

    private Endpoints() {
    }

    static void uuid(HttpExchange exchange) throws IOException {
        Reply.json(Map.of("uuid", UUID.randomUUID().toString())).send(exchange);
    }

    static void userAgent(HttpExchange exchange) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user-agent", new RequestEcho(exchange).headers().get("User-Agent")); // null when not sent
        Reply.json(body).send(exchange);
    }

    static void headers(HttpExchange exchange) throws IOException {
        Reply.json(Map.of("headers", new RequestEcho(exchange).headers())).send(exchange);
    }

    static void ip(HttpExchange exchange) throws IOException {
        Reply.json(Map.of("origin", new RequestEcho(exchange).origin())).send(exchange);
    }

    static void get(HttpExchange exchange) throws IOException {
        RequestEcho echo = new RequestEcho(exchange);
        Reply.json(Map.of("args", echo.args(), "headers", echo.headers(), "origin", echo.origin(),
                "url", echo.url())).send(exchange);
    }

    /** {@code /delay/{seconds}}: fractions allowed, at most ten seconds; the body is {@code /get}'s and more. */
    static void delay(HttpExchange exchange, String seconds) throws IOException, InterruptedException {
        double delay;
        try {
            delay = Numbers.parseFloat(seconds);
        } catch (NumberFormatException e) {
            delay = Double.NaN;
        }
        if (!(delay >= 0)) {
            // httpbin answers 500 here, from the exception Python raises.
            Reply.of(400, Reply.TEXT, "delay must be a number of seconds, at least 0, got: " + seconds)
                    .send(exchange);
            return;
        }
        Thread.sleep(Duration.ofNanos((long) (Math.min(delay, MAX_DELAY_SECONDS) * 1e9)));
        RequestEcho echo = new RequestEcho(exchange);
        Map<String, Object> body = new LinkedHashMap<>(echo.body());
        body.put("args", echo.args());
        body.put("headers", echo.headers());
        body.put("origin", echo.origin());
        body.put("url", echo.url());
        Reply.json(body).send(exchange);
    }

    /** {@code /bytes/{n}}: n random bytes, at most 100 KiB; {@code ?seed=} makes them repeatable. */
    static void bytes(HttpExchange exchange, long n) throws IOException {
        String seed = QueryString.first(QueryString.parse(exchange.getRequestURI().getRawQuery()), "seed");
        Random random;
        try {
            random = seed == null ? ThreadLocalRandom.current() : new Random(Numbers.parseInt(seed));
        } catch (NumberFormatException e) {
            Reply.of(400, Reply.TEXT, "seed must be a whole number, got: " + seed).send(exchange);
            return;
        }
        byte[] body = new byte[(int) Math.min(n, MAX_BYTES)];
        random.nextBytes(body);
        Reply.of(200, Reply.BINARY, body).send(exchange);
    }
}
