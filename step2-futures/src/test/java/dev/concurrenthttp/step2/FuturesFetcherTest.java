package dev.concurrenthttp.step2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.ConcurrentFetcherContract;
import dev.concurrenthttp.contract.ProbeServer;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class FuturesFetcherTest extends ConcurrentFetcherContract {

    @Override
    protected Fetcher newFetcher() {
        return new FuturesFetcher();
    }

    @Override
    protected Fetcher newFetcher(Map<String, String> headers, SSLContext trust) {
        return new FuturesFetcher(new FuturesClient(headers, trust));
    }

    @Test
    void aRequestStartsWhenItGetsAPermitNotWhenItIsAskedFor() {
        try (ProbeServer probe = ProbeServer.start()) {
            List<Outcome> outcomes = fetchAll(Collections.nCopies(3, probe.url("/hold/100")), 1, Duration.ofSeconds(5));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            for (int i = 1; i < outcomes.size(); i++) {
                assertThat(outcomes.get(i).startNanos())
                        .as("request %d starts after request %d ended", i + 1, i)
                        .isGreaterThanOrEqualTo(outcomes.get(i - 1).endNanos());
            }
        }
    }
}
