package dev.concurrenthttp.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.ConnectFailedException;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.RequestTimeoutException;
import dev.concurrenthttp.support.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
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
    void keepsToEachBatchsLimitWhetherOrNotItWasPreparedFor() {
        try (ProbeServer first = ProbeServer.start(); ProbeServer second = ProbeServer.start()) {
            Batch preparedFor = new Batch(Collections.nCopies(12, first.url("/hold/200")), 6, Duration.ofSeconds(10));
            Batch narrower = new Batch(Collections.nCopies(12, second.url("/hold/200")), 2, Duration.ofSeconds(10));
            fetcher().prepare(preparedFor);

            assertThat(fetcher().fetchAll(preparedFor)).hasSize(12).allMatch(Outcome::succeeded);
            assertThat(fetcher().fetchAll(narrower)).hasSize(12).allMatch(Outcome::succeeded);

            assertThat(first.peakInFlight()).as("the batch it was prepared for, limit 6").isBetween(2, 6);
            assertThat(second.peakInFlight()).as("a batch of limit 2 after it").isBetween(1, 2);
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
    void aRequestWaitingToRetryHoldsNoSlot() {
        server().stubFor(get("/ok").willReturn(ok("fine")));
        URI later = scripted().script("/retry-later", ScriptedServer.Reply.status(503).retryAfter("5"),
                ScriptedServer.Reply.ok("fine"));

        long start = System.nanoTime();
        List<Outcome> outcomes = fetcher().fetchAll(
                new Batch(List.of(later, url("/ok")), 1, Duration.ofSeconds(15), RetryPolicy.upTo(1)));

        assertThat(outcomes).allMatch(Outcome::succeeded);
        // Far from 5 s either way: the margin is for a loaded two-core build machine.
        assertThat(Duration.ofNanos(outcomes.get(1).endNanos() - start))
                .as("with --limit 1, the other request runs during the 5 s wait, not after it")
                .isLessThan(Duration.ofMillis(3_500));
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

    @Test
    void aThousandUrlsOneInTenFaultyGiveNineHundredBodiesAndAHundredErrorsInBoundedTime() {
        List<Fault> faults = List.of(Fault.values());
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            urls.add(i % 10 == 9 ? faults().url(faults.get(i / 10 % faults.size())) : faults().healthyUrl());
        }

        // Longer than the fault suite's deadline: 100 at a time on a small machine, the server in
        // the same JVM, a fault that answers at once must not time out waiting for its turn.
        Duration deadline = Duration.ofSeconds(3);

        long start = System.nanoTime();
        List<Outcome> outcomes = fetchAll(urls, 100, deadline);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcomes).extracting(Outcome::url).containsExactlyElementsOf(urls);
        for (int i = 0; i < outcomes.size(); i++) {
            if (i % 10 == 9) {
                Fault fault = faults.get(i / 10 % faults.size());
                assertThat(failure(outcomes.get(i)).error()).as("%d: %s", i, fault)
                        .isInstanceOfAny(fault.kinds().toArray(Class<?>[]::new));
            } else {
                assertThat(outcomes.get(i).succeeded()).as("%d: healthy", i).isTrue();
            }
        }
        // About 20 of the faults hold a slot for their whole deadline; the rest answer at once.
        assertThat(took).as("1,000 requests, 100 at a time").isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aThousandSlowRequestsEndAtTheirDeadlineHangUpOnTheServerAndLeaveNothingOpen() throws InterruptedException {
        try (ProbeServer probe = ProbeServer.start()) {
            // A first run untimed: it starts the JVM-wide helpers a client starts once (timers,
            // pools), which are no leak, and compiles the code paths, whose first run on a cold
            // two-core machine takes seconds.
            cancelAThousandAfter(Duration.ofMillis(100), probe);
        }
        OpenResources before = OpenResources.now();
        Duration deadline = Duration.ofMillis(100);

        try (ProbeServer probe = ProbeServer.start()) {
            Duration took = cancelAThousandAfter(deadline, probe);

            // The goal is the deadline + 0.5 s; the margin is for a loaded two-core build machine.
            assertThat(took).as("every request ended, and the client closed")
                    .isLessThan(deadline.plusMillis(500).plus(FaultContract.MARGIN));
            assertThat(probe.awaitHangUps(Math.max(1, probe.requests()), Duration.ofSeconds(10)))
                    .as("the server sees every request that reached it hang up: %d of %d",
                            probe.hangUps(), probe.requests())
                    .isTrue();
        }
        OpenResources left = OpenResources.leftSince(before, Duration.ofSeconds(10));
        assertThat(left.threads()).as("platform threads left running").isEmpty();
        assertThat(left.sockets()).as("sockets left open").isZero();
    }

    /** Fetches 1,000 bodies that take ten seconds with {@code deadline}, closes the fetcher, and says how long it all took. */
    private Duration cancelAThousandAfter(Duration deadline, ProbeServer probe) {
        long start = System.nanoTime();
        try (Fetcher fetcher = newFetcher()) {
            List<Outcome> outcomes = fetcher.fetchAll(
                    new Batch(Collections.nCopies(1_000, probe.url("/dribble/10000")), 1_000, deadline));

            assertThat(outcomes).hasSize(1_000).allSatisfy(o ->
                    assertThat(failure(o).error()).isInstanceOf(RequestTimeoutException.class));
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
