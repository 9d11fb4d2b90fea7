package dev.concurrenthttp.docs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a folder on loopback, adding {@code doc-check.js} to every HTML page, so a browser
 * loads the pages, their images and their links as a reader's would, and reports what broke.
 */
final class StaticSite implements AutoCloseable {

    private final HttpServer server;

    private StaticSite(HttpServer server) {
        this.server = server;
    }

    static StaticSite serve(Path root) {
        try {
            String check = checkScript();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            server.createContext("/", exchange -> respond(exchange, root, check));
            server.start();
            return new StaticSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI page(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, Path root, String check) throws IOException {
        try (exchange) {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                body = new String(body, StandardCharsets.UTF_8)
                        .replace("</body>", "<script>" + check + "</script></body>")
                        .getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(name));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".css")) {
            return "text/css";
        }
        return "application/octet-stream";
    }

    private static String checkScript() throws IOException {
        try (InputStream in = StaticSite.class.getResourceAsStream("/doc-check.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
