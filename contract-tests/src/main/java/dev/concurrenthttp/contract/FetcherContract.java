package dev.concurrenthttp.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.ConnectFailedException;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.RequestTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every step must do through the shared {@link Fetcher} interface, on top of
 * {@link RetryContract}, {@link RedirectContract} and {@link FaultContract}. A step's test class
 * extends this and names its fetcher; the tests are written here once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class FetcherContract extends RetryContract {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    protected final List<Outcome> fetchAll(List<URI> urls, int limit, Duration timeout) {
        return fetcher().fetchAll(new Batch(urls, limit, timeout));
    }

    @Test
    void returnsEveryBodyInInputOrderWhateverOrderTheyFinishIn() {
        server.stubFor(get("/slow").willReturn(ok("slow").withFixedDelay(300)));
        server.stubFor(get("/fast").willReturn(ok("fast")));
        server.stubFor(get("/medium").willReturn(ok("medium").withFixedDelay(100)));

        List<Outcome> outcomes = fetchAll(urls("/slow", "/fast", "/medium"), 10, Duration.ofSeconds(5));

        assertThat(outcomes).extracting(Outcome::url).containsExactlyElementsOf(urls("/slow", "/fast", "/medium"));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Success.class));
        assertThat(outcomes).map(o -> ((Outcome.Success) o).body()).containsExactly("slow", "fast", "medium");
    }

    @Test
    void givesEachRepeatedUrlItsOwnOutcome() {
        server.stubFor(get("/same").willReturn(ok("same")));

        List<Outcome> outcomes = fetchAll(urls("/same", "/same", "/same"), 3, Duration.ofSeconds(5));

        assertThat(outcomes).hasSize(3).allMatch(Outcome::succeeded);
        server.verify(3, getRequestedFor(urlEqualTo("/same")));
    }

    @Test
    void returnsABodyManyTimesLargerThanAConnectionsBufferWhole() {
        String large = IntStream.range(0, 100_000).mapToObj(i -> "line " + i + "\n") // 1 MB, no two lines alike
                .collect(Collectors.joining());
        server.stubFor(get("/large").willReturn(ok(large)));

        List<Outcome> outcomes = fetchAll(urls("/large", "/large"), 2, Duration.ofSeconds(10));

        assertThat(outcomes).map(o -> ((Outcome.Success) o).body()).containsExactly(large, large);
    }

    @Test
    void returnsNoOutcomesForAnEmptyBatch() {
        assertThat(fetchAll(List.of(), 1, Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void reportsANon2xxStatusAsAnHttpStatusExceptionAndStillReturnsTheRest() {
        server.stubFor(get("/missing").willReturn(aResponse().withStatus(404).withBody("not here")));
        server.stubFor(get("/ok").willReturn(ok("fine")));

        List<Outcome> outcomes = fetchAll(urls("/missing", "/ok"), 2, Duration.ofSeconds(5));

        assertThat(failure(outcomes.get(0)).error())
                .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(failure(outcomes.get(0)).error().url()).isEqualTo(url("/missing"));
        assertThat(outcomes.get(1).succeeded()).as("the request after the 404 succeeds").isTrue();
    }

    @Test
    void reportsARefusedConnectionAsAConnectFailureAndStillReturnsTheRest() {
        server.stubFor(get("/ok").willReturn(ok("fine")));
        URI refused = StubServer.refusedUrl("/nobody-listens");

        List<Outcome> outcomes = fetchAll(List.of(refused, url("/ok")), 2, Duration.ofSeconds(5));

        assertThat(failure(outcomes.get(0)).error()).isInstanceOf(ConnectFailedException.class);
        assertThat(failure(outcomes.get(0)).error().reason()).isEqualTo("connection refused");
        assertThat(outcomes.get(1).succeeded()).as("the request after the refused one succeeds").isTrue();
    }

    @Test
    void reportsAResponseSlowerThanTheDeadlineAsATimeoutWithinTheDeadline() {
        server.stubFor(get("/late").willReturn(ok("too late").withFixedDelay(5_000)));
        server.stubFor(get("/ok").willReturn(ok("fine")));
        Duration deadline = Duration.ofMillis(500);

        List<Outcome> outcomes = fetchAll(urls("/late", "/ok"), 2, deadline);

        Outcome.Failure late = failure(outcomes.get(0));
        assertThat(late.error()).isInstanceOf(RequestTimeoutException.class);
        assertThat(Duration.ofNanos(late.endNanos() - late.startNanos()))
                .as("the timeout fires at the deadline, not when the server answers")
                .isBetween(deadline.minusMillis(50), deadline.plusMillis(500));
        assertThat(outcomes.get(1).succeeded()).isTrue();
    }

    @Test
    void endsABodyThatDribblesPastTheDeadline() {
        // The headers come at once; the body trickles out over five seconds.
        server.stubFor(get("/dribble").willReturn(ok("x".repeat(100)).withChunkedDribbleDelay(20, 5_000)));
        Duration deadline = Duration.ofSeconds(1);

        long start = System.nanoTime();
        List<Outcome> outcomes = fetchAll(urls("/dribble"), 1, deadline);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure(outcomes.get(0)).error()).isInstanceOf(RequestTimeoutException.class);
        assertThat(took).as("a dribbled body must end at the deadline").isLessThan(deadline.plusMillis(500));
    }

    @Test
    void recordsWhenEachRequestStartedAndEnded() {
        server.stubFor(get("/timed").willReturn(ok("t").withFixedDelay(100)));

        long before = System.nanoTime();
        List<Outcome> outcomes = fetchAll(urls("/timed", "/timed"), 2, Duration.ofSeconds(5));
        long after = System.nanoTime();

        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.startNanos()).isBetween(before, o.endNanos());
            assertThat(o.endNanos()).isLessThanOrEqualTo(after);
            assertThat(o.endNanos() - o.startNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
        });
    }

    protected static URI url(String path) {
        return StubServer.url(server, path);
    }

    protected static List<URI> urls(String... paths) {
        return Arrays.stream(paths).map(FetcherContract::url).toList();
    }

    protected static WireMockExtension server() {
        return server;
    }

    protected static Outcome.Failure failure(Outcome outcome) {
        assertThat(outcome).as("outcome for %s", outcome.url()).isInstanceOf(Outcome.Failure.class);
        return (Outcome.Failure) outcome;
    }
}
