package dev.concurrenthttp.step5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Scenario 3 in every style: 10,000 requests in flight at once, against a scenario server in a
 * JVM of its own, so that this one holds only the client's end of each connection. After the
 * race no loser is pending at the server; once the course is closed no connection is left open.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CrowdTest {

    /** The client's 10,000 sockets, and room for the JVM's own files. */
    private static final long DESCRIPTORS_NEEDED = Course.CROWD + 1_000;

    private static ServerProcess server;
    private static ServerCounts counts;

    @BeforeAll
    static void startServer() throws Exception {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        assumeTrue(!(os instanceof UnixOperatingSystemMXBean unix) || unix.getMaxFileDescriptorCount() >= DESCRIPTORS_NEEDED,
                "scenario 3 needs " + DESCRIPTORS_NEEDED + " file descriptors (ulimit -n) in this JVM; it may open fewer");
        server = ServerProcess.start();
        counts = new ServerCounts(server.baseUri());
        counts.connections(); // opens the asking connection now, before any socket is counted
    }

    @AfterAll
    static void stopServer() {
        if (counts != null) {
            counts.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyStyleWinsTheRaceOf10000AndCancelsTheRest() {
        return Styles.available().stream().map(style -> DynamicTest.dynamicTest(style, () -> {
            long socketsBefore = OpenSockets.countable() ? OpenSockets.count() : 0;
            try (Course course = Styles.open(style, server.baseUri())) {
                assertThat(course.scenario3()).isEqualTo("right");
                assertThat(counts.awaitNonePending(3, Duration.ofSeconds(10)))
                        .as("losers still pending at the server").isZero();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (counts.connections() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(counts.connections()).as("the course's connections still open at the server").isZero();
            if (OpenSockets.countable()) {
                assertThat(OpenSockets.awaitAtMost(socketsBefore)).as("TCP connections open in this process")
                        .isLessThanOrEqualTo(socketsBefore);
            }
        }));
    }
}
