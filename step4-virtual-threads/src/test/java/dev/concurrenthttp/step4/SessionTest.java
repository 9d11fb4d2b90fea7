package dev.concurrenthttp.step4;

import dev.concurrenthttp.support.Response;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.ProbeServer;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.support.HttpStatusException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SessionTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    @Test
    void getsAResponseWithStatusHeadersAndText() throws Exception {
        server.stubFor(get("/json").willReturn(ok("{\"ok\": true}").withHeader("Content-Type", "application/json")));

        try (Session session = new Session()) {
            Response response = session.get(URI.create(server.baseUrl() + "/json"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.ok()).isTrue();
            assertThat(response.header("Content-Type")).hasValue("application/json");
            assertThat(response.text()).isEqualTo("{\"ok\": true}");
        }
        server.verify(getRequestedFor(urlEqualTo("/json")).withHeader("User-Agent", equalTo(Session.USER_AGENT)));
    }

    @Test
    void theUrlOfARedirectedResponseIsTheLastOneAsInRequests() throws Exception {
        server.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/middle")));
        server.stubFor(get("/middle").willReturn(aResponse().withStatus(302).withHeader("Location", "/new")));
        server.stubFor(get("/new").willReturn(ok("moved here")));

        try (Session session = new Session()) {
            Response response = session.get(URI.create(server.baseUrl() + "/old"));

            assertThat(response.text()).isEqualTo("moved here");
            assertThat(response.url()).as("r.url: where the body came from").hasToString(server.baseUrl() + "/new");
        }
    }

    @Test
    void raiseForStatusTurnsANon2xxIntoATypedError() throws Exception {
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(410)));

        Response response = Requests.get(URI.create(server.baseUrl() + "/gone"));

        assertThat(response.ok()).isFalse();
        assertThatThrownBy(response::raiseForStatus).isInstanceOfSatisfying(HttpStatusException.class,
                e -> assertThat(e.status()).isEqualTo(410));
    }

    @Test
    void interruptingAWaitingCallEndsItsExchangeAtTheServer() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
             Session session = new Session()) {
            URI url = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/never-answers");
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread caller = Thread.ofVirtual().start(() -> {
                try {
                    session.get(url, Duration.ofSeconds(20));
                } catch (Exception e) {
                    thrown.set(e);
                }
            });
            try (Socket connection = silent.accept()) {
                CompletableFuture<Integer> closedByClient = CompletableFuture.supplyAsync(() -> readUntilClosed(connection));
                Thread.sleep(200);

                caller.interrupt();

                assertThat(caller.join(Duration.ofSeconds(2))).as("the call ends soon after the interrupt").isTrue();
                assertThat(thrown.get()).isNotNull();
                assertThat(closedByClient).as("the server sees the connection close").succeedsWithin(Duration.ofSeconds(2));
            }
        }
    }

    @ParameterizedTest(name = "called from {0}")
    @MethodSource("dev.concurrenthttp.contract.CallerThreads#platformAndVirtual")
    void endsABodyThatDribblesPastTheDeadlineAndHangsUpOnTheServer(Thread.Builder callers) throws Exception {
        try (ProbeServer probe = ProbeServer.start(); Session session = new Session()) {
            URI dribble = probe.url("/dribble/20000"); // a byte every 50 ms for 20 s
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread caller = callers.start(() -> {
                try {
                    session.get(dribble, Duration.ofMillis(500));
                } catch (Exception e) {
                    thrown.set(e);
                }
            });

            assertThat(caller.join(Duration.ofSeconds(5))).as("the call ends at its deadline, not with the body").isTrue();
            assertThat(thrown.get()).isInstanceOf(TimeoutException.class);
            assertThat(probe.awaitHangUps(1, Duration.ofSeconds(5))).as("the server sees the client hang up").isTrue();
        }
    }

    /** Reads what the client sends until it closes the connection; returns the bytes read. */
    private static int readUntilClosed(Socket connection) {
        try (InputStream in = connection.getInputStream()) {
            int total = 0;
            for (int n; (n = in.read(new byte[1024])) != -1; ) {
                total += n;
            }
            return total;
        } catch (IOException e) {
            return -1; // reset by the client: closed as well
        }
    }
}
