package dev.concurrenthttp.step2;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.ProbeServer;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.support.HttpStatusException;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FuturesClientTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    private final FuturesClient client = new FuturesClient();
    private final ProbeServer probe = ProbeServer.start();

    @AfterEach
    void close() {
        client.close();
        probe.close();
    }

    @Test
    void fetchCompletesWithTheBody() {
        server.stubFor(get("/uuid").willReturn(ok("{\"uuid\": \"1\"}")));

        assertThat(client.fetch(url("/uuid"))).succeedsWithin(Duration.ofSeconds(5)).isEqualTo("{\"uuid\": \"1\"}");
    }

    @Test
    void fetchFailsWithTheStatusOfANon2xxResponse() {
        server.stubFor(get("/missing").willReturn(aResponse().withStatus(404)));

        assertThat(client.fetch(url("/missing"))).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void fetchAllCompletesWithEveryBodyInTheOrderOfTheUrls() {
        server.stubFor(get("/slow").willReturn(ok("slow").withFixedDelay(300)));
        server.stubFor(get("/fast").willReturn(ok("fast")));

        CompletableFuture<List<String>> bodies = client.fetchAll(List.of(url("/slow"), url("/fast")), Duration.ofSeconds(5));

        assertThat(bodies).succeedsWithin(Duration.ofSeconds(5)).asList().containsExactly("slow", "fast");
    }

    @Test
    void fetchAllHasEveryRequestInFlightAtOnce() {
        server.stubFor(get("/slow").willReturn(ok("slow").withFixedDelay(500)));

        long start = System.nanoTime();
        CompletableFuture<List<String>> bodies = client.fetchAll(Collections.nCopies(10, url("/slow")), Duration.ofSeconds(10));

        assertThat(bodies).succeedsWithin(Duration.ofSeconds(10)).asList().hasSize(10);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("10 x 500 ms one after another would take 5 s").isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void fetchAllFailsWithTheFirstErrorAndCancelsTheExchangesStillRunning() {
        // The 404 comes once both bodies are on their way, so there are exchanges to cancel;
        // 1.5 s leaves room for a busy machine to get them there first.
        server.stubFor(get("/missing").willReturn(aResponse().withStatus(404).withFixedDelay(1_500)));
        List<URI> urls = List.of(probe.url("/dribble/10000"), url("/missing"), probe.url("/dribble/10000"));

        CompletableFuture<List<String>> bodies = client.fetchAll(urls, Duration.ofSeconds(20));

        assertThat(bodies).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(HttpStatusException.class);
        assertThat(probe.awaitHangUps(2, Duration.ofSeconds(5)))
                .as("the server sees both dribbling connections close").isTrue();
    }

    @Test
    void fetchWithATimeoutFailsAtTheDeadlineAndCancelsTheExchange() {
        Duration deadline = Duration.ofMillis(500);

        long start = System.nanoTime();
        CompletableFuture<String> body = client.fetch(probe.url("/dribble/10000"), deadline);

        assertThat(body).failsWithin(Duration.ofSeconds(3))
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(deadline, deadline.plusMillis(1_000));
        assertThat(probe.awaitHangUps(1, Duration.ofSeconds(3)))
                .as("orTimeout alone would leave the body dribbling in").isTrue();
    }

    private static URI url(String path) {
        return StubServer.url(server, path);
    }
}
