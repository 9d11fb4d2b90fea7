package dev.concurrenthttp.httpbin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An httpbin-compatible server on loopback, started in-process. (Placeholder: three endpoints.) */
public final class LocalHttpbin implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private LocalHttpbin(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static LocalHttpbin start() {
        return start(0);
    }

    public static LocalHttpbin start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(executor);
            server.createContext("/", LocalHttpbin::handle);
            server.start();
            return new LocalHttpbin(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local httpbin on port " + port + ": " + e.getMessage(), e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = switch (path) {
            case "/uuid" -> "{\n  \"uuid\": \"" + UUID.randomUUID() + "\"\n}\n";
            case "/user-agent" -> "{\n  \"user-agent\": \"" + exchange.getRequestHeaders().getFirst("User-Agent") + "\"\n}\n";
            case "/headers" -> "{\n  \"headers\": {}\n}\n";
            default -> null;
        };
        if (path.startsWith("/delay/")) {
            try {
                Thread.sleep((long) (Double.parseDouble(path.substring(7)) * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            body = "{}\n";
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
