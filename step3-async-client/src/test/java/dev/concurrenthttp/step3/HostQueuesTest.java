package dev.concurrenthttp.step3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.support.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A session keeps a queue per host only while that host has requests waiting or in flight. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostQueuesTest {

    private static final int HOSTS = 100_000;

    @Test
    void aSessionThatAskedAHundredThousandHostsKeepsNoQueueForThemOnceTheirRequestsEnd() throws IOException {
        int closedPort = closedPort();
        try (AsyncSession session = AsyncSession.builder()
                .limit(1_000)
                .totalTimeout(Duration.ofSeconds(120))
                .connectTimeout(Duration.ofSeconds(5))
                .open()) {
            List<CompletableFuture<Response>> requests = new ArrayList<>(HOSTS);
            for (int i = 0; i < HOSTS; i++) {
                // 127.0.0.0/8 is all loopback, with no name to resolve; nothing listens on the port.
                URI host = URI.create("http://127." + (1 + i / 65_536) + "." + (i / 256 % 256) + "." + (i % 256)
                        + ":" + closedPort + "/uuid");
                requests.add(session.get(host));
            }
            int whileAsking = session.hostsInQueue();

            Futures.gatherSettled(requests).join();

            assertThat(whileAsking).as("hosts with a queue while their requests were on their way").isPositive();
            assertThat(session.hostsInQueue()).as("hosts with a queue once every request has ended").isZero();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
