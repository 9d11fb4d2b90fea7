package dev.concurrenthttp.step3;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A test server that counts the requests it holds at once, received and not yet answered, in
 * all and per {@code Host} header, and remembers the peaks: what a client's limits look like
 * from the other end.
 * {@code GET /wait/{millis}} answers after that long; any other path at once. Reach it as
 * {@code 127.0.0.1} and as {@code localhost} to be two hosts to a client.
 */
public final class CountingServer implements AutoCloseable {

    private static final String ALL = "";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

    private CountingServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static CountingServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            CountingServer counting = new CountingServer(server, executor);
            server.setExecutor(executor);
            server.createContext("/", counting::handle);
            server.start();
            return counting;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URL of this server under the host name {@code host}: {@code 127.0.0.1} or {@code localhost}. */
    public URI url(String host, String path) {
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
    }

    public URI url(String path) {
        return url("127.0.0.1", path);
    }

    /** Most requests this server held at one time, received and not yet answered. */
    public int peakInFlight() {
        return gauge(ALL).peak;
    }

    /** The same, counting only requests that named {@code host} in their URL. */
    public int peakInFlight(String host) {
        return gauge(host + ":" + server.getAddress().getPort()).peak;
    }

    public int requests() {
        return gauge(ALL).total;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Gauge all = gauge(ALL);
        Gauge host = gauge(exchange.getRequestHeaders().getFirst("Host"));
        all.enter();
        host.enter();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/wait/")) {
                Thread.sleep(Long.parseLong(path.substring("/wait/".length())));
            }
            byte[] body = path.getBytes(StandardCharsets.UTF_8);
            // Answered from here on: once the client has the answer, it may send its next
            // request on this connection before this thread gets to run again.
            host.leave();
            all.leave();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            host.leave();
            all.leave();
            Thread.currentThread().interrupt();
        }
    }

    private Gauge gauge(String key) {
        return gauges.computeIfAbsent(key, k -> new Gauge());
    }

    private static final class Gauge {
        private int inFlight;
        private int peak;
        private int total;

        synchronized void enter() {
            inFlight++;
            total++;
            peak = Math.max(peak, inFlight);
        }

        synchronized void leave() {
            inFlight--;
        }
    }
}
