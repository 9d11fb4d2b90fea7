package dev.concurrenthttp.step3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.ConcurrentFetcherContract;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class AsyncSessionFetcherTest extends ConcurrentFetcherContract {

    @Override
    protected Fetcher newFetcher() {
        return new AsyncSessionFetcher();
    }

    @Override
    protected Fetcher newFetcher(Map<String, String> headers, SSLContext trust) {
        // tag::trust[]
        return new AsyncSessionFetcher(session -> {
            headers.forEach(session::header); // Authorization, Cookie: for the first origin only
            // Tls.trusting(Path.of("private-ca.pem")); in the tests, a test certificate
            return session.sslContext(trust);
        });
        // end::trust[]
    }

    @Test
    void keepsTheBatchLimitInFlightAtTheServerAndNoMore() {
        try (CountingServer counting = CountingServer.start(); Fetcher fetcher = newFetcher()) {
            List<Outcome> outcomes = fetcher.fetchAll(
                    new Batch(Collections.nCopies(12, counting.url("/wait/500")), 4, Duration.ofSeconds(10)));

            assertThat(outcomes).allMatch(Outcome::succeeded);
            assertThat(counting.peakInFlight()).isEqualTo(4);
        }
    }
}
