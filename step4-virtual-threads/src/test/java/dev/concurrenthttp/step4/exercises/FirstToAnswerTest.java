package dev.concurrenthttp.step4.exercises;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.ProbeServer;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.contract.exercises.Exercises;
import dev.concurrenthttp.step4.Session;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FirstToAnswerTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    @Test
    void returnsTheFastestMirrorsBodyWithoutWaitingForTheSlowOne(FirstToAnswer exercise) throws Exception {
        server.stubFor(get("/slow-mirror").willReturn(ok("from the slow mirror").withFixedDelay(3_000)));
        server.stubFor(get("/fast-mirror").willReturn(ok("from the fast mirror").withFixedDelay(100)));
        URI slow = URI.create(server.baseUrl() + "/slow-mirror");
        URI fast = URI.create(server.baseUrl() + "/fast-mirror");

        try (Session session = new Session()) {
            for (List<URI> mirrors : List.of(List.of(slow, fast), List.of(fast, slow))) { // wherever the fast one is
                long start = System.nanoTime();
                String body = exercise.fetchFirst(session, mirrors);
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(body).as("ask every mirror at once: the fast one answers first, in " + mirrors)
                        .isEqualTo("from the fast mirror");
                assertThat(took).as("the loser is cancelled, not waited for").isLessThan(Duration.ofMillis(1_500));
            }
        }
    }

    @Test
    void hangsUpOnTheMirrorThatLost(FirstToAnswer exercise) throws Exception {
        server.stubFor(get("/fast-mirror").willReturn(ok("from the fast mirror").withFixedDelay(100)));
        try (ProbeServer slowMirror = ProbeServer.start(); Session session = new Session()) {
            String body = exercise.fetchFirst(session,
                    List.of(slowMirror.url("/dribble/5000"), URI.create(server.baseUrl() + "/fast-mirror")));

            assertThat(body).as("the first mirror sends its body over 5 s: ask every mirror at once")
                    .isEqualTo("from the fast mirror");
            assertThat(slowMirror.awaitHangUps(1, Duration.ofSeconds(3)))
                    .as("3 s after the fast mirror won, the slow one is still sending its body, to nobody:"
                            + " returning the winner is not enough, cancel the losers (invokeAny does)")
                    .isTrue();
        }
    }

    @Test
    void passesOverAMirrorThatFailsFirst(FirstToAnswer exercise) throws Exception {
        server.stubFor(get("/broken-mirror").willReturn(aResponse().withStatus(503)));
        server.stubFor(get("/working-mirror").willReturn(ok("from the working mirror").withFixedDelay(300)));
        List<URI> mirrors = List.of(URI.create(server.baseUrl() + "/broken-mirror"),
                URI.create(server.baseUrl() + "/working-mirror"));
        AtomicReference<String> body = new AtomicReference<>();

        try (Session session = new Session()) {
            assertThatCode(() -> body.set(exercise.fetchFirst(session, mirrors)))
                    .as("the first mirror to answer says 503: a failure is not an answer, so take the first"
                            + " body that comes with a 2xx status")
                    .doesNotThrowAnyException();
        }
        assertThat(body.get()).isEqualTo("from the working mirror");
    }
}
