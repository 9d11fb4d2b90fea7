package dev.concurrenthttp.step3.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.exercises.Exercises;
import dev.concurrenthttp.step3.CountingServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BePoliteToEachHostTest {

    private CountingServer server;
    private final List<URI> sixForEachOfTwoHosts = new ArrayList<>();

    @BeforeEach
    void startAServerReachableAsTwoHosts() {
        server = CountingServer.start();
        for (int i = 0; i < 6; i++) {
            sixForEachOfTwoHosts.add(server.url("127.0.0.1", "/wait/300"));
            sixForEachOfTwoHosts.add(server.url("localhost", "/wait/300"));
        }
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void neverHasMoreThanTwoRequestsInFlightOnOneHost(BePoliteToEachHost exercise) {
        List<String> bodies = exercise.fetchAll(sixForEachOfTwoHosts);

        assertThat(bodies).as("every body, in the order asked").hasSize(12).containsOnly("/wait/300");
        for (String host : List.of("127.0.0.1", "localhost")) {
            assertThat(server.peakInFlight(host))
                    .as("requests %s was answering at once: give the session a per-host limit of PER_HOST", host)
                    .isLessThanOrEqualTo(BePoliteToEachHost.PER_HOST);
        }
    }

    @Test
    void stillServesBothHostsAtOnce(BePoliteToEachHost exercise) {
        exercise.fetchAll(sixForEachOfTwoHosts);

        assertThat(server.peakInFlight())
                .as("requests in flight to both hosts together: the per-host limit bounds each host,"
                        + " not the session, so two hosts get PER_HOST each")
                .isEqualTo(2 * BePoliteToEachHost.PER_HOST);
    }
}
