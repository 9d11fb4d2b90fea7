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
import java.util.Collections;
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

    private record Printed(String body, Duration after, Thread thread) {
    }

    @Test
    void printsEachBodyAsSoonAsItArrivesFromTheCallersThread(PrintAsTheyArrive exercise) throws Exception {
        server.stubFor(get("/slow").willReturn(ok("slow").withFixedDelay(1200)));
        server.stubFor(get("/fast").willReturn(ok("fast")));
        server.stubFor(get("/medium").willReturn(ok("medium").withFixedDelay(600)));
        List<URI> urls = Stream.of("/slow", "/fast", "/medium").map(path -> URI.create(server.baseUrl() + path)).toList();
        List<Printed> printed = Collections.synchronizedList(new ArrayList<>());

        try (AsyncSession session = AsyncSession.open()) {
            long start = System.nanoTime();
            exercise.fetchAll(session, urls, body -> printed.add(
                    new Printed(body, Duration.ofNanos(System.nanoTime() - start), Thread.currentThread())));
        }

        assertThat(printed).extracting(Printed::body)
                .as("bodies in the order they arrived, not in the order asked: print each as its request ends")
                .containsExactly("fast", "medium", "slow");
        assertThat(printed.getLast().after().minus(printed.getFirst().after()))
                .as("time from the fast body's print to the slow one's, which answers 1.2 s later: the fast body"
                        + " must be printed while the slow one is still on its way")
                .isGreaterThan(Duration.ofMillis(600));
        assertThat(printed).extracting(Printed::thread)
                .as("threads that printed: only the one that called fetchAll. A callback runs on a pool thread,"
                        + " and a printer is rarely made for several threads at once: hand each response to"
                        + " your loop, and print there")
                .containsOnly(Thread.currentThread());
    }
}
