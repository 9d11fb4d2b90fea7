package dev.concurrenthttp.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP server that answers each path from a script, one reply per request in turn,
 * and writes down when each request arrived: what a test of retries counts.
 *
 * <pre>{@code
 * URI flaky = server.script("/flaky", Reply.status(503), Reply.status(503), Reply.ok("fine"));
 * // ... fetch it ...
 * assertThat(server.requests("/flaky")).isEqualTo(3);
 * }</pre>
 */
public final class ScriptedServer implements AutoCloseable {

    /** One scripted answer: a status, a body, a {@code Retry-After} header if any, and how long to hold it first. */
    public record Reply(int status, String body, Optional<String> retryAfter, int holdMillis) {

        public static Reply ok(String body) {
            return new Reply(200, body, Optional.empty(), 0);
        }

        public static Reply status(int status) {
            return new Reply(status, "status " + status, Optional.empty(), 0);
        }

        public Reply retryAfter(String value) {
            return new Reply(status, body, Optional.of(value), holdMillis);
        }

        public Reply heldFor(int millis) {
            return new Reply(status, body, retryAfter, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

    private ScriptedServer(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    public static ScriptedServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
            ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(handlers);
            ScriptedServer scripted = new ScriptedServer(server, handlers);
            server.createContext("/", scripted::handle);
            server.start();
            return scripted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers the requests to {@code path} with these replies in turn, the last one for ever after; returns its URL. */
    public URI script(String path, Reply... replies) {
        if (replies.length == 0) {
            throw new IllegalArgumentException("a script needs at least one reply");
        }
        scripts.put(path, List.of(replies));
        arrivals.put(path, new CopyOnWriteArrayList<>());
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** How many requests to {@code path} reached the server. */
    public int requests(String path) {
        return arrivals(path).size();
    }

    /** When each request to {@code path} arrived, as {@link System#nanoTime()} readings, in order. */
    public List<Long> arrivals(String path) {
        return List.copyOf(arrivals.getOrDefault(path, List.of()));
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            List<Reply> script = scripts.get(path);
            if (script == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            List<Long> seen = arrivals.get(path);
            Reply reply;
            synchronized (seen) {
                seen.add(arrived);
                reply = script.get(Math.min(seen.size(), script.size()) - 1);
            }
            hold(reply.holdMillis());
            reply.retryAfter().ifPresent(value -> exchange.getResponseHeaders().set("Retry-After", value));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static void hold(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
