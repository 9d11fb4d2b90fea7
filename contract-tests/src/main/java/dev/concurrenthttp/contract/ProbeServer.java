package dev.concurrenthttp.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A small HTTP server that shows a test what a client did, seen from the server's side: how
 * many of its requests were in flight at once, and whether it hung up on a body still coming.
 *
 * <ul>
 *   <li>{@code GET /hold/{ms}} answers {@code held} after holding the request for {@code ms}
 *       milliseconds, and counts it in flight meanwhile; {@code GET /hold/{ms}/uuid} does the
 *       same and answers {@code held /uuid}, so that a client given {@code /hold/{ms}} as its
 *       base URL shows which path each body came from.
 *   <li>{@code GET /dribble/{ms}} sends the headers at once, then one byte of body every
 *       {@value #DRIBBLE_EVERY_MS} ms for {@code ms} milliseconds, and notes whether the client
 *       read it all or hung up first.
 *   <li>Anything else is a 404.
 * </ul>
 */
public final class ProbeServer implements AutoCloseable {

    private static final int DRIBBLE_EVERY_MS = 50;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final AtomicInteger hangUps = new AtomicInteger();
    private final AtomicInteger finishedBodies = new AtomicInteger();

    private ProbeServer(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    public static ProbeServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1_000);
            ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(handlers);
            ProbeServer probe = new ProbeServer(server, handlers);
            server.createContext("/", probe::handle);
            server.start();
            return probe;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI url(String path) {
        return URI.create(baseUri() + path);
    }

    /** Requests that reached the server, on any path. */
    public int requests() {
        return requests.get();
    }

    /** The most {@code /hold} requests the server was holding at one moment. */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    /** Waits until at least {@code count} clients hung up on a dribbled body; false if none did in time. */
    public boolean awaitHangUps(int count, Duration within) {
        return await(hangUps::get, count, within);
    }

    /** Waits until at least {@code count} dribbled bodies were sent to their end. */
    public boolean awaitFinishedBodies(int count, Duration within) {
        return await(finishedBodies::get, count, within);
    }

    public int hangUps() {
        return hangUps.get();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String[] segments = exchange.getRequestURI().getPath().split("/", 4);
            Integer millis = segments.length >= 3 && segments[2].matches("\\d{1,6}") ? Integer.valueOf(segments[2]) : null;
            if (millis != null && segments[1].equals("hold")) {
                hold(exchange, millis, segments.length == 4 ? "held /" + segments[3] : "held");
            } else if (segments.length > 3) {
                exchange.sendResponseHeaders(404, -1);
            } else if (millis != null && segments[1].equals("dribble")) {
                dribble(exchange, millis);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void hold(HttpExchange exchange, int millis, String answer) throws IOException {
        peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            sleep(millis);
        } finally {
            // Counted out before the answer goes: the client cannot start its next request
            // before the count drops, so a count above the limit is the client's doing.
            inFlight.decrementAndGet();
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private void dribble(HttpExchange exchange, int millis) {
        try {
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            for (int sent = 0; sent < millis; sent += DRIBBLE_EVERY_MS) {
                body.write('.');
                body.flush();
                sleep(DRIBBLE_EVERY_MS);
            }
            body.close();
            finishedBodies.incrementAndGet();
        } catch (IOException e) {
            hangUps.incrementAndGet(); // a write to a connection the client has closed
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean await(IntSupplier counter, int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (counter.getAsInt() < count) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            sleep(10);
        }
        return true;
    }
}
