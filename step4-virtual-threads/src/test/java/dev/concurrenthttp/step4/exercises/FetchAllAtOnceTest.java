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
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FetchAllAtOnceTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    private List<URI> tenSlowUrls;

    @BeforeEach
    void tenUrlsThatTake300MillisecondsEach() {
        tenSlowUrls = IntStream.range(0, 10).mapToObj(i -> {
            server.stubFor(get("/slow/" + i).willReturn(ok("body " + i).withFixedDelay(300)));
            return URI.create(server.baseUrl() + "/slow/" + i);
        }).toList();
    }

    @Test
    void fetchesTenSlowUrlsInAboutTheTimeOfOne(FetchAllAtOnce exercise) throws Exception {
        try (Session session = new Session()) {
            long start = System.nanoTime();
            exercise.fetchAll(session, tenSlowUrls);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).as("10 requests of 300 ms one after another take 3 s; at once, about 0.3 s")
                    .isLessThan(Duration.ofMillis(1_500));
        }
    }

    @Test
    void returnsTheBodiesInTheOrderOfTheUrls(FetchAllAtOnce exercise) throws Exception {
        try (Session session = new Session()) {
            long start = System.nanoTime();
            List<String> bodies = exercise.fetchAll(session, tenSlowUrls);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(bodies).as("bodies in input order").containsExactlyElementsOf(
                    IntStream.range(0, 10).mapToObj(i -> "body " + i).toList());
            assertThat(took).as("...and at once, not one after another").isLessThan(Duration.ofMillis(1_500));
        }
    }
}
