package dev.concurrenthttp.step3.exercises;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.contract.exercises.Exercises;
import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.step3.SilentServer;
import dev.concurrenthttp.support.HttpStatusException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FirstMirrorWinsTest {

    private static final Duration SOON = Duration.ofSeconds(2);

    @RegisterExtension
    static final WireMockExtension fast = StubServer.extension();

    private SilentServer neverAnswers;
    private AsyncSession session;

    @BeforeEach
    void start() {
        neverAnswers = SilentServer.start();
        session = AsyncSession.open();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
        neverAnswers.close();
    }

    @Test
    void answersWithTheMirrorThatAnswersFirst(FirstMirrorWins exercise) {
        fast.stubFor(get("/file").willReturn(ok("from the fast mirror")));

        CompletableFuture<String> body = exercise.fetchFromFirst(session,
                List.of(neverAnswers.url("/file"), URI.create(fast.baseUrl() + "/file")));

        assertThat(body).as("the first mirror never answers: ask them all at once")
                .succeedsWithin(SOON).isEqualTo("from the fast mirror");
    }

    @Test
    void cancelsTheMirrorsThatLost(FirstMirrorWins exercise) throws Exception {
        fast.stubFor(get("/file").willReturn(ok("from the fast mirror")));

        CompletableFuture<String> body = exercise.fetchFromFirst(session,
                List.of(neverAnswers.url("/file"), URI.create(fast.baseUrl() + "/file")));

        assertThat(body).as("the fast mirror answers at once: ask every mirror").succeedsWithin(SOON);
        assertThat(neverAnswers.awaitHangUps(1, SOON))
                .as("the losing request still holds its connection: cancel the future session.get returned for it")
                .isTrue();
    }

    @Test
    void passesOverAMirrorThatFails(FirstMirrorWins exercise) {
        fast.stubFor(get("/broken/file").willReturn(aResponse().withStatus(503)));
        fast.stubFor(get("/file").willReturn(ok("from the mirror that works").withFixedDelay(300)));

        CompletableFuture<String> body = exercise.fetchFromFirst(session,
                List.of(URI.create(fast.baseUrl() + "/broken/file"), URI.create(fast.baseUrl() + "/file")));

        assertThat(body).as("a 503 is an answer, but not a good one: wait for the first 2xx")
                .succeedsWithin(SOON).isEqualTo("from the mirror that works");
    }

    @Test
    void failsOnceEveryMirrorHasFailed(FirstMirrorWins exercise) {
        fast.stubFor(get("/broken/file").willReturn(aResponse().withStatus(503)));
        fast.stubFor(get("/also-broken/file").willReturn(aResponse().withStatus(500).withFixedDelay(300)));

        CompletableFuture<String> body = exercise.fetchFromFirst(session,
                List.of(URI.create(fast.baseUrl() + "/broken/file"), URI.create(fast.baseUrl() + "/also-broken/file")));

        assertThat(body).as("every mirror fails: then so does the answer, once the last mirror has failed;"
                        + " a future nobody completes makes its caller wait forever")
                .failsWithin(SOON)
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(HttpStatusException.class);
        assertThat(fast.findAll(getRequestedFor(urlEqualTo("/also-broken/file"))))
                .as("the answer failed with the first mirror's 503, and the second mirror was never asked:"
                        + " ask every mirror at once, and fail only when none is left")
                .hasSize(1);
    }
}
