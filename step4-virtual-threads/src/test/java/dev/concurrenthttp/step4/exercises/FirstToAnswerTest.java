package dev.concurrenthttp.step4.exercises;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.contract.exercises.Exercises;
import dev.concurrenthttp.step4.Session;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
}
