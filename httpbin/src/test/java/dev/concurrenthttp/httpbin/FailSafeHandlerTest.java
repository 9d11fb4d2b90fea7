package dev.concurrenthttp.httpbin;

import static dev.concurrenthttp.httpbin.Http.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FailSafeHandlerTest {

    /** Held so that the quieted logger is not collected and reset. */
    private static final Logger SERVER_LOG = Logger.getLogger(LocalHttpbin.class.getName());

    private HttpServer server;
    private ExecutorService executor;
    private URI base;
    private HttpClient client;
    private Level level;

    @BeforeEach
    void start() throws IOException {
        level = SERVER_LOG.getLevel();
        SERVER_LOG.setLevel(Level.OFF); // the failures below are on purpose
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", new FailSafeHandler(FailSafeHandlerTest::misbehave));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        client = Http.client();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
        executor.shutdownNow();
        SERVER_LOG.setLevel(level);
    }

    private static void misbehave(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestURI().getPath()) {
            case "/exception" -> throw new IllegalStateException("a bug");
            case "/error" -> throw new AssertionError("a worse bug");
            case "/half" -> {
                exchange.sendResponseHeaders(200, 10);
                exchange.getResponseBody().write("abc".getBytes());
                exchange.getResponseBody().flush();
                throw new IllegalStateException("a bug halfway");
            }
            default -> Reply.of(200, Reply.TEXT, "fine").send(exchange);
        }
    }

    @Test
    void anExceptionBecomesA500AndTheServerKeepsAnswering() throws Exception {
        HttpResponse<String> failed = get(client, base, "/exception");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("Internal Server Error").doesNotContain("IllegalStateException");
        assertThat(get(client, base, "/ok").body()).isEqualTo("fine");
    }

    @Test
    void anErrorAlsoBecomesA500() throws Exception {
        assertThat(get(client, base, "/error").statusCode()).isEqualTo(500);
        assertThat(get(client, base, "/ok").statusCode()).isEqualTo(200);
    }

    @Test
    void aFailureAfterTheHeadersCutsTheBodyShortInsteadOfHanging() throws Exception {
        assertThatThrownBy(() -> get(client, base, "/half")).isInstanceOf(IOException.class);
        assertThat(get(client, base, "/ok").statusCode()).isEqualTo(200);
    }
}
