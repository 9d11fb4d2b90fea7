package dev.concurrenthttp.step3;

import dev.concurrenthttp.support.Response;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.support.HttpStatusException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AsyncSessionTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    @Test
    void getCompletesWithTheStatusHeadersAndBody() {
        server.stubFor(get("/thing").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("X-Trace", "a", "b")
                .withBody("{\"ok\": true}")));

        try (AsyncSession session = AsyncSession.open()) {
            assertThat(session.get(server.baseUrl() + "/thing")).succeedsWithin(WITHIN).satisfies(response -> {
                assertThat(response.status()).isEqualTo(201);
                assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
                assertThat(response.headers().allValues("x-trace")).containsExactly("a", "b");
                assertThat(response.text()).isEqualTo("{\"ok\": true}");
                assertThat(response.url()).hasToString(server.baseUrl() + "/thing");
            });
        }
    }

    @Test
    void theUrlOfARedirectedResponseIsTheLastOneAsInAiohttp() {
        server.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/middle")));
        server.stubFor(get("/middle").willReturn(aResponse().withStatus(302).withHeader("Location", "/new")));
        server.stubFor(get("/new").willReturn(ok("moved here")));

        try (AsyncSession session = AsyncSession.open()) {
            assertThat(session.get(server.baseUrl() + "/old")).succeedsWithin(WITHIN).satisfies(response -> {
                assertThat(response.text()).isEqualTo("moved here");
                assertThat(response.url()).as("resp.url: where the body came from").hasToString(server.baseUrl() + "/new");
            });
        }
    }

    @Test
    void decodesTheTextWithTheCharsetTheContentTypeNamesOrUtf8() {
        server.stubFor(get("/latin1").willReturn(aResponse()
                .withHeader("Content-Type", "text/plain; charset=ISO-8859-1")
                .withBody("café".getBytes(StandardCharsets.ISO_8859_1))));
        server.stubFor(get("/unnamed").willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("\"café\"".getBytes(StandardCharsets.UTF_8))));

        try (AsyncSession session = AsyncSession.open()) {
            assertThat(session.get(server.baseUrl() + "/latin1")).succeedsWithin(WITHIN)
                    .extracting(Response::text).isEqualTo("café");
            assertThat(session.get(server.baseUrl() + "/unnamed")).succeedsWithin(WITHIN)
                    .extracting(Response::text).isEqualTo("\"café\"");
        }
    }

    @Test
    void bytesAreTheBodyAsSentInACopyEachTime() {
        byte[] sent = {0, 1, 2, (byte) 0xff};
        server.stubFor(get("/bytes").willReturn(aResponse().withBody(sent)));

        try (AsyncSession session = AsyncSession.open()) {
            Response response = session.get(server.baseUrl() + "/bytes").join();

            response.bytes()[0] = 42;
            assertThat(response.bytes()).containsExactly(sent);
        }
    }

    @Test
    void resolvesARelativeUrlAgainstTheBaseUrl() {
        server.stubFor(get("/uuid").willReturn(ok("from the base")));

        try (AsyncSession session = AsyncSession.builder().baseUrl(server.baseUrl()).open()) {
            assertThat(session.get("/uuid")).succeedsWithin(WITHIN).extracting(Response::text).isEqualTo("from the base");
        }
    }

    @Test
    void resolvesAPathWithoutItsLeadingSlashAsUrlJoinDoes() {
        server.stubFor(get("/uuid").willReturn(ok("joined")));

        try (AsyncSession session = AsyncSession.builder().baseUrl(server.baseUrl()).open()) {
            assertThat(session.get("uuid")).succeedsWithin(WITHIN).extracting(Response::text).isEqualTo("joined");
        }
    }

    @Test
    void refusesARelativeUrlWithoutABaseUrl() {
        try (AsyncSession session = AsyncSession.open()) {
            assertThatThrownBy(() -> session.get("/uuid"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("/uuid").hasMessageContaining("base URL");
        }
    }

    @Test
    void namesThisProjectAsItsUserAgentAndSendsTheHeadersItWasGiven() {
        server.stubFor(get("/headers").willReturn(ok()));

        try (AsyncSession session = AsyncSession.builder().header("X-Workshop", "yes").open()) {
            session.get(server.baseUrl() + "/headers").join();
        }
        try (AsyncSession session = AsyncSession.builder().header("user-agent", "mine/2.0").open()) {
            session.get(server.baseUrl() + "/headers").join();
        }

        server.verify(getRequestedFor(urlEqualTo("/headers"))
                .withHeader("User-Agent", equalTo(AsyncSession.USER_AGENT)).withHeader("X-Workshop", equalTo("yes")));
        server.verify(getRequestedFor(urlEqualTo("/headers")).withHeader("User-Agent", equalTo("mine/2.0")));
    }

    @Test
    void aStatusOutside2xxIsStillAResponseUntilSomeoneRaisesForIt() {
        server.stubFor(get("/missing").willReturn(aResponse().withStatus(404).withBody("not here")));

        try (AsyncSession session = AsyncSession.open()) {
            Response response = session.get(server.baseUrl() + "/missing").join();

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text()).isEqualTo("not here");
            assertThatThrownBy(response::raiseForStatus)
                    .isInstanceOfSatisfying(HttpStatusException.class, e -> {
                        assertThat(e.status()).isEqualTo(404);
                        assertThat(e.url()).isEqualTo(response.url());
                    });
        }
    }

    @Test
    void raiseForStatusOnTheSessionFailsTheFutureOfEveryStatusOutside2xx() {
        server.stubFor(get("/unavailable").willReturn(aResponse().withStatus(503)));
        server.stubFor(get("/fine").willReturn(ok("fine")));

        try (AsyncSession session = AsyncSession.builder().raiseForStatus(true).open()) {
            assertThat(session.get(server.baseUrl() + "/unavailable")).failsWithin(WITHIN)
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .havingCause().isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(503));
            assertThat(session.get(server.baseUrl() + "/fine")).succeedsWithin(WITHIN)
                    .extracting(Response::text).isEqualTo("fine");
        }
        server.verify(1, getRequestedFor(urlEqualTo("/unavailable"))); // and not retried
    }

    @Test
    void rejectsOptionsThatWouldLeaveItUnbounded() {
        assertThatThrownBy(() -> AsyncSession.builder().limit(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be at least 1, got 0");
        assertThatThrownBy(() -> AsyncSession.builder().limitPerHost(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limitPerHost must be at least 1, got 0");
        assertThatThrownBy(() -> AsyncSession.builder().totalTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("totalTimeout must be positive, got PT0S");
    }
}
