package dev.concurrenthttp.httpbin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /drip}: after {@code delay} seconds the headers, then {@code numbytes} asterisks spread
 * evenly over {@code duration} seconds, the last one at the end. A client that gives up is
 * noticed at the next write, which fails.
 */
final class Drip {

    private static final long MAX_BYTES = 10 * 1024 * 1024;
    /** Shorter pauses are merged: ten megabytes in two seconds is not ten million sleeps. */
    private static final long MIN_SLEEP_NANOS = 1_000_000;

    private final double duration;
    private final long numbytes;
    private final int code;
    private final double delay;

    private Drip(double duration, long numbytes, int code, double delay) {
        this.duration = duration;
        this.numbytes = numbytes;
        this.code = code;
        this.delay = delay;
    }

    static void serve(HttpExchange exchange, Map<String, List<String>> query)
            throws IOException, InterruptedException {
        Drip drip;
        try {
            drip = parse(query);
        } catch (IllegalArgumentException e) {
            Reply.of(400, Reply.TEXT, e.getMessage()).send(exchange);
            return;
        }
        drip.run(exchange);
    }

    /** httpbin's parameters and defaults; where httpbin fails with a 500, this says what is wrong. */
    static Drip parse(Map<String, List<String>> query) {
        double duration = seconds(query, "duration", 2);
        long numbytes = Math.min(integer(query, "numbytes", 10), MAX_BYTES);
        long code = integer(query, "code", 200);
        if (numbytes <= 0) {
            throw new IllegalArgumentException("number of bytes must be positive");
        }
        if (!StatusCodes.sendable(code)) {
            throw new IllegalArgumentException("Invalid status code");
        }
        // httpbin skips a negative delay, but a negative duration breaks its response midway.
        double delay = Math.max(0, seconds(query, "delay", 0));
        if (duration < 0) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        return new Drip(duration, numbytes, (int) code, delay);
    }

    private static double seconds(Map<String, List<String>> query, String name, double otherwise) {
        String text = QueryString.first(query, name);
        double value;
        try {
            value = text == null ? otherwise : Numbers.parseFloat(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a number of seconds, got: " + text);
        }
        return value;
    }

    private static long integer(Map<String, List<String>> query, String name, long otherwise) {
        String text = QueryString.first(query, name);
        try {
            return text == null ? otherwise : Numbers.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got: " + text);
        }
    }

    private void run(HttpExchange exchange) throws IOException, InterruptedException {
        Thread.sleep(nanos(delay));
        exchange.getResponseHeaders().set("Content-Type", Reply.BINARY);
        if (!Reply.mayHaveBody(exchange, code)) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(numbytes));
            exchange.sendResponseHeaders(code, -1);
            return;
        }
        exchange.sendResponseHeaders(code, numbytes);
        OutputStream out = exchange.getResponseBody();
        out.flush(); // the JDK holds the headers back until the first flush
        byte[] stars = new byte[(int) Math.min(numbytes, 64 * 1024)];
        Arrays.fill(stars, (byte) '*');
        long total = nanos(duration).toNanos();
        long start = System.nanoTime();
        long sent = 0;
        while (sent < numbytes) {
            long elapsed = System.nanoTime() - start;
            long due = elapsed >= total ? numbytes : (long) ((double) elapsed / total * numbytes);
            if (due > sent) {
                for (long left = due - sent; left > 0; left -= stars.length) {
                    out.write(stars, 0, (int) Math.min(left, stars.length));
                }
                out.flush();
                sent = due;
            } else {
                long next = (long) Math.ceil((double) (sent + 1) * total / numbytes);
                Thread.sleep(Duration.ofNanos(Math.max(next - elapsed, MIN_SLEEP_NANOS)));
            }
        }
    }

    private static Duration nanos(double seconds) {
        return Duration.ofNanos((long) (seconds * 1e9));
    }
}
