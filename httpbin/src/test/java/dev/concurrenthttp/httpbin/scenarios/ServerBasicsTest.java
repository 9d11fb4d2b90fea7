package dev.concurrenthttp.httpbin.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrenthttp.httpbin.scenarios.Exchange.Ending;
import dev.concurrenthttp.httpbin.scenarios.RawClient.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What every scenario relies on: counting, hang-ups, keep-alive, and the command line. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ServerBasicsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ScenarioServer server = ScenarioServer.start();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void countsConnectionsAndPendingRequestsAndSeesAHangUp() throws Exception {
        RawClient waiting = RawClient.get(server.baseUri(), "/1");
        ScenarioServerTest.awaitCount(() -> server.pending(1), 1);
        assertThat(server.openConnections()).isEqualTo(1);
        try (RawClient asking = RawClient.get(server.baseUri(), "/counts")) {
            assertThat(asking.reply(PATIENCE).body()).startsWith("connections 1\npending 1 1\npending 2 0\n")
                    .endsWith("pending 11 0\n");
        }

        waiting.close();

        ScenarioServerTest.awaitCount(() -> server.pending(1), 0);
        ScenarioServerTest.awaitCount(server::openConnections, 0);
        assertThat(server.exchanges(1)).singleElement().extracting(Exchange::ending).isEqualTo(Ending.HUNG_UP);
    }

    @Test
    void keepsAConnectionOpenForTheNextRequest() throws Exception {
        try (RawClient client = RawClient.send(server.baseUri(),
                "GET /8?open HTTP/1.1\r\nHost: x\r\n\r\nGET /8?open HTTP/1.1\r\nHost: x\r\n\r\n")) {
            assertThat(client.reply(PATIENCE).body()).hasSize(36);
            assertThat(client.reply(PATIENCE).body()).hasSize(36);
            assertThat(server.openConnections()).isEqualTo(1);
        }
    }

    @Test
    void answersOtherPathsMethodsAndGarbageWithTheirStatus() throws Exception {
        assertThat(RawClient.get(server.baseUri(), "/").reply(PATIENCE).status()).isEqualTo(200);
        assertThat(RawClient.get(server.baseUri(), "/12").reply(PATIENCE).status()).isEqualTo(404);
        assertThat(RawClient.send(server.baseUri(), "POST /1 HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi")
                .reply(PATIENCE).status()).isEqualTo(405);
        assertThat(RawClient.send(server.baseUri(), "hello\r\n\r\n").reply(PATIENCE))
                .isEqualTo(new Reply(400, "not an HTTP/1.x request line: hello"));
        assertThatThrownBy(() -> server.pending(12)).hasMessageContaining("1 to 11");
    }

    @Test
    void closingTheServerEndsTheRequestsInFlight() throws Exception {
        RawClient waiting = RawClient.get(server.baseUri(), "/3");
        ScenarioServerTest.awaitCount(() -> server.pending(3), 1);

        server.close();

        assertThat(waiting.reply(PATIENCE)).isEqualTo(Reply.CLOSED);
        ScenarioServerTest.awaitCount(() -> server.pending(3), 0);
    }

    @Test
    void theCommandLineNamesBadInputInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServeScenarios.run(new String[] {"--port", "http"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8), server -> { });
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("scenario-server: --port http: not a whole number; usage: scenario-server");
    }

    @Test
    void theCommandLinePrintsTheUrlItServesOn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ServeScenarios.run(new String[] {"--port", "0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err, started -> assertThat(started.pending(1)).isZero());
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches(
                "scenario server serving on http://127\\.0\\.0\\.1:\\d+ \\(Ctrl-C to stop\\)\\R");
    }

    @Test
    void aPortInUseIsNamed() {
        assertThatThrownBy(() -> ScenarioServer.start(server.baseUri().getPort()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot start the scenario server on port " + server.baseUri().getPort());
    }
}
