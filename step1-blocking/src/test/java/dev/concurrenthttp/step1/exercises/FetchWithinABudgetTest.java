package dev.concurrenthttp.step1.exercises;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.contract.exercises.Exercises;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FetchWithinABudgetTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    private List<URI> threeSlowUrls;

    @BeforeEach
    void threeUrlsThatTake300MillisecondsEach() {
        for (String n : List.of("1", "2", "3")) {
            server.stubFor(get("/slow/" + n).willReturn(ok(n).withFixedDelay(300)));
        }
        threeSlowUrls = List.of("1", "2", "3").stream().map(n -> URI.create(server.baseUrl() + "/slow/" + n)).toList();
    }

    @Test
    void fetchesEverythingWhenTheBudgetIsAmple(FetchWithinABudget exercise) throws Exception {
        List<String> bodies = exercise.fetchAll(threeSlowUrls, Duration.ofSeconds(5));

        assertThat(bodies).as("3 x 300 ms fit in 5 s: every body, in order").containsExactly("1", "2", "3");
    }

    @Test
    void stopsWhenTheBudgetRunsOutAndKeepsWhatCameBackInTime(FetchWithinABudget exercise) throws Exception {
        long start = System.nanoTime();
        List<String> bodies = exercise.fetchAll(threeSlowUrls, Duration.ofMillis(750));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(bodies).as("two 300 ms requests fit in 750 ms; the third gets only the 150 ms left")
                .containsExactly("1", "2");
        assertThat(took).as("the loop must end when the budget is spent, not when the third response comes")
                .isLessThan(Duration.ofMillis(750 + 250));
    }
}
