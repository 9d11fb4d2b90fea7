package dev.concurrenthttp.step3.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.exercises.Exercises;
import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.step3.CountingServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BePoliteToEachHostTest {

    private static final Duration ALL_DONE = Duration.ofSeconds(10);

    private CountingServer server;
    private AsyncSession session;
    private final List<URI> sixForEachOfTwoHosts = new ArrayList<>();
    private final List<String> bodiesInTheOrderAsked = new ArrayList<>();

    @BeforeEach
    void startAServerReachableAsTwoHosts() {
        server = CountingServer.start();
        session = AsyncSession.builder().limit(10).open(); // no limit per host: that is the exercise
        for (int i = 0; i < 6; i++) { // each slower than the next, so that they end in another order
            for (String host : List.of("127.0.0.1", "localhost")) {
                String path = "/wait/" + (600 - 50 * i + (host.equals("localhost") ? 5 : 0));
                sixForEachOfTwoHosts.add(server.url(host, path));
                bodiesInTheOrderAsked.add(path);
            }
        }
    }

    @AfterEach
    void stop() {
        session.close();
        server.close();
    }

    @Test
    void neverHasMoreThanTwoRequestsInFlightOnOneHost(BePoliteToEachHost exercise) {
        CompletableFuture<List<String>> bodies = exercise.fetchAll(session, sixForEachOfTwoHosts);

        assertThat(bodies).succeedsWithin(ALL_DONE).asList().as("every body, in the order asked, though"
                + " the later requests answer sooner").containsExactlyElementsOf(bodiesInTheOrderAsked);
        for (String host : List.of("127.0.0.1", "localhost")) {
            assertThat(server.peakInFlight(host))
                    .as("requests %s was answering at once: start a request only once one ahead of it on"
                            + " its host has ended, to keep at most PER_HOST", host)
                    .isLessThanOrEqualTo(BePoliteToEachHost.PER_HOST);
        }
    }

    @Test
    void servesBothHostsAtOnceAndBlocksNothing(BePoliteToEachHost exercise) {
        CompletableFuture<List<String>> bodies = exercise.fetchAll(session, sixForEachOfTwoHosts);
        int receivedBeforeItReturned = server.requests();

        assertThat(receivedBeforeItReturned)
                .as("requests the server had received when fetchAll returned: it waited for requests to end."
                        + " Return the future at once, and let each request wait for its turn as a stage, not"
                        + " a thread")
                .isLessThanOrEqualTo(2 * BePoliteToEachHost.PER_HOST);
        assertThat(bodies).succeedsWithin(ALL_DONE);
        assertThat(server.peakInFlight())
                .as("requests in flight to both hosts together: the limit bounds each host, not the"
                        + " session, so two hosts get PER_HOST each")
                .isEqualTo(2 * BePoliteToEachHost.PER_HOST);
    }
}
