package dev.concurrenthttp.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.support.ConnectFailedException;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.RequestTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a step with many requests in flight must do on top of {@link FetcherContract}: overlap
 * its requests, keep to the limit, let no failure stop the rest of the batch, and hold each
 * deadline from the moment a request is asked for, waiting for a free slot included.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class ConcurrentFetcherContract extends FetcherContract {

    @Test
    void runsRequestsAtTheSameTimeSoFiftySlowOnesTakeFarLessThanFiftyTimesAsLong() {
        server().stubFor(get("/slow").willReturn(ok("slow").withFixedDelay(300)));

        long start = System.nanoTime();
        List<Outcome> outcomes = fetchAll(Collections.nCopies(50, url("/slow")), 50, Duration.ofSeconds(10));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcomes).hasSize(50).allMatch(Outcome::succeeded);
        assertThat(took).as("50 x 300 ms one after another would take 15 s").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void neverHasMoreRequestsAtTheServerThanTheLimit() {
        try (ProbeServer probe = ProbeServer.start()) {
            int limit = 3;

            List<Outcome> outcomes = fetchAll(Collections.nCopies(12, probe.url("/hold/200")), limit, Duration.ofSeconds(10));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(probe.peakInFlight())
                    .as("requests the server held at once: at most the limit, and more than one")
                    .isBetween(2, limit);
        }
    }

    @Test
    void returnsAnOutcomeForEveryUrlWhenSomeFailAndLetsTheOthersFinish() {
        // gather(..., return_exceptions=True): the quick failures cancel none of the slow requests.
        server().stubFor(get("/broken").willReturn(aResponse().withStatus(500)));
        server().stubFor(get("/slow").willReturn(ok("slow").withFixedDelay(400)));
        URI refused = StubServer.refusedUrl("/nobody-listens");
        List<URI> urls = List.of(url("/broken"), url("/slow"), refused, url("/slow"), url("/slow"));

        List<Outcome> outcomes = fetchAll(urls, 5, Duration.ofSeconds(5));

        assertThat(outcomes).extracting(Outcome::url).containsExactlyElementsOf(urls);
        assertThat(failure(outcomes.get(0)).error()).isInstanceOf(HttpStatusException.class);
        assertThat(failure(outcomes.get(2)).error()).isInstanceOf(ConnectFailedException.class);
        assertThat(List.of(outcomes.get(1), outcomes.get(3), outcomes.get(4)))
                .as("the slow requests, still running when the others failed")
                .allMatch(Outcome::succeeded);
    }

    @Test
    void endsADribbledBodyAtTheDeadlineAndHangsUpOnTheServer() {
        try (ProbeServer probe = ProbeServer.start()) {
            Duration deadline = Duration.ofSeconds(1);

            long start = System.nanoTime();
            List<Outcome> outcomes = fetchAll(List.of(probe.url("/dribble/5000")), 1, deadline);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failure(outcomes.get(0)).error()).isInstanceOf(RequestTimeoutException.class);
            assertThat(took).isLessThan(deadline.plusMillis(500));
            assertThat(probe.awaitHangUps(1, Duration.ofSeconds(2)))
                    .as("the server sees the connection close: the request was cancelled, not abandoned")
                    .isTrue();
        }
    }

    @Test
    void countsTheWaitForAFreeSlotAgainstTheDeadline() {
        try (ProbeServer probe = ProbeServer.start()) {
            Duration deadline = Duration.ofSeconds(1);

            long start = System.nanoTime();
            List<Outcome> outcomes = fetchAll(Collections.nCopies(3, probe.url("/hold/3000")), 1, deadline);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(outcomes).allSatisfy(o -> assertThat(failure(o).error()).isInstanceOf(RequestTimeoutException.class));
            assertThat(took)
                    .as("each deadline runs from when the batch asked for the request, not from when it started")
                    .isLessThan(deadline.plusMillis(500));
        }
    }
}
