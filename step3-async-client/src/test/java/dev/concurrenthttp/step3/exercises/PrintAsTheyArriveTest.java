package dev.concurrenthttp.step3.exercises;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.contract.exercises.Exercises;
import dev.concurrenthttp.step3.AsyncSession;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PrintAsTheyArriveTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    private record Printed(String body, Duration after) {
    }

    @Test
    void printsEachBodyAsSoonAsItArrives(PrintAsTheyArrive exercise) {
        server.stubFor(get("/slow").willReturn(ok("slow").withFixedDelay(1200)));
        server.stubFor(get("/fast").willReturn(ok("fast")));
        server.stubFor(get("/medium").willReturn(ok("medium").withFixedDelay(600)));
        List<URI> urls = Stream.of("/slow", "/fast", "/medium").map(path -> URI.create(server.baseUrl() + path)).toList();
        List<Printed> printed = new ArrayList<>();

        long start = System.nanoTime();
        try (AsyncSession session = AsyncSession.open()) {
            exercise.fetchAll(session, urls, body -> printed.add(new Printed(body, Duration.ofNanos(System.nanoTime() - start))));
        }

        assertThat(printed).extracting(Printed::body)
                .as("bodies in the order they arrived, not in the order asked: take them from Futures.asCompleted")
                .containsExactly("fast", "medium", "slow");
        assertThat(printed.getFirst().after())
                .as("the fast body must be printed while the slow one is still on its way")
                .isLessThan(Duration.ofMillis(1000));
    }
}
