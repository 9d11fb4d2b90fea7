package dev.concurrenthttp.step1;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.FetcherContract;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class BlockingFetcherTest extends FetcherContract {

    @Override
    protected Fetcher newFetcher() {
        return new BlockingFetcher();
    }

    @Override
    protected Fetcher newFetcher(Map<String, String> headers, SSLContext trust) {
        return new BlockingFetcher(new BlockingClient(headers, trust));
    }

    @Test
    void nRequestsToAServerThatTakesDTakeAtLeastNTimesD() {
        server().stubFor(get("/delayed").willReturn(ok("d").withFixedDelay(200)));

        long start = System.nanoTime();
        List<Outcome> outcomes = fetchAll(Collections.nCopies(5, url("/delayed")), 1, Duration.ofSeconds(5));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcomes).allMatch(Outcome::succeeded);
        assertThat(took).as("5 x 200 ms, one after another").isGreaterThanOrEqualTo(Duration.ofMillis(1_000));
    }

    @Test
    void eachRequestStartsOnlyAfterThePreviousOneEnded() {
        server().stubFor(get("/delayed").willReturn(ok("d").withFixedDelay(50)));

        List<Outcome> outcomes = fetchAll(Collections.nCopies(4, url("/delayed")), 1, Duration.ofSeconds(5));

        for (int i = 1; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i).startNanos())
                    .as("request %d starts after request %d ended", i + 1, i)
                    .isGreaterThanOrEqualTo(outcomes.get(i - 1).endNanos());
        }
    }
}
