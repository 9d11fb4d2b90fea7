package dev.concurrenthttp.step3;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
/** asyncio's as_completed with a session: the responses in the order they arrive. */
class AsCompletedTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    @Test
    void asCompletedYieldsTheResponsesInTheOrderTheyArrive() {
        server.stubFor(get("/slow").willReturn(ok("slow").withFixedDelay(900)));
        server.stubFor(get("/fast").willReturn(ok("fast")));
        server.stubFor(get("/medium").willReturn(ok("medium").withFixedDelay(450)));

        List<String> arrived = new ArrayList<>();
        try (AsyncSession session = AsyncSession.builder().baseUrl(server.baseUrl()).open()) {
            List<CompletableFuture<Response>> requests = Stream.of("/slow", "/fast", "/medium").map(session::get).toList();
            for (CompletableFuture<Response> next : Futures.asCompleted(requests)) {
                arrived.add(next.join().text());
            }
        }

        assertThat(arrived).containsExactly("fast", "medium", "slow");
    }

    @Test
    void asCompletedDeliversAFailureInItsTurn() {
        server.stubFor(get("/broken").willReturn(aResponse().withStatus(500)));
        server.stubFor(get("/slow").willReturn(ok("slow").withFixedDelay(450)));

        try (AsyncSession session = AsyncSession.builder().baseUrl(server.baseUrl()).raiseForStatus(true).open()) {
            List<CompletableFuture<Response>> inOrder =
                    Futures.asCompleted(List.of(session.get("/slow"), session.get("/broken")));

            assertThat(inOrder.get(0)).failsWithin(WITHIN).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(HttpStatusException.class);
            assertThat(inOrder.get(1)).succeedsWithin(WITHIN).extracting(Response::text).isEqualTo("slow");
        }
    }
}
