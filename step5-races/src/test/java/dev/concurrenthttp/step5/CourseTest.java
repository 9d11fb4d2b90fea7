package dev.concurrenthttp.step5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.concurrenthttp.httpbin.scenarios.ScenarioServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every style runs the course against the embedded scenario server: each answer is right, no
 * loser is left pending at the server after its race, and once a course is closed none of its
 * connections is left open, at the server or in this process. Scenario 3's 10,000 requests run
 * against a server in a JVM of its own: {@link CrowdTest}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CourseTest {

    private static ScenarioServer server;

    @BeforeAll
    static void startServer() {
        server = ScenarioServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void theScopeStyleRunsWhereTheJdkIs25() {
        assertThat(Styles.isAvailable("scope")).as("scope on Java %s", Runtime.version())
                .isEqualTo(Runtime.version().feature() == 25);
    }

    @TestFactory
    Stream<DynamicContainer> everyStyleAnswersEveryScenarioRightAndLeavesNothingOpen() {
        return Styles.available().stream().map(style -> DynamicContainer.dynamicContainer(style, course(style)));
    }

    private static Stream<DynamicTest> course(String style) {
        List<DynamicTest> tests = new ArrayList<>();
        long[] socketsBefore = new long[1];
        Course[] course = new Course[1];
        tests.add(DynamicTest.dynamicTest("open", () -> {
            socketsBefore[0] = OpenSockets.countable() ? OpenSockets.count() : 0;
            course[0] = Styles.open(style, server.baseUri());
        }));
        for (int n : List.of(1, 2, 4, 5, 6, 7, 8, 9, 10, 11)) {
            tests.add(DynamicTest.dynamicTest("scenario " + n, () -> {
                if (n == 10) {
                    double load = CpuHeadroom.measure();
                    assumeTrue(load >= CpuHeadroom.NEEDED, String.format(Locale.ROOT, "scenario 10 skipped: this"
                            + " process got %.2f busy cores while hashing, the server wants 0.8 on average", load));
                }
                assertThat(course[0].scenario(n)).isEqualTo("right");
                assertThat(pendingSoon(n)).as("requests of scenario %d still pending at the server", n).isZero();
            }));
        }
        tests.add(DynamicTest.dynamicTest("close", () -> {
            course[0].close();
            ScenarioAwait.until(server::openConnections, 0);
            assertThat(server.openConnections()).as("connections open at the server").isZero();
            if (OpenSockets.countable()) {
                assertThat(OpenSockets.awaitAtMost(socketsBefore[0])).as("TCP connections open in this process")
                        .isLessThanOrEqualTo(socketsBefore[0]);
            }
        }));
        return tests.stream();
    }

    private static int pendingSoon(int n) throws InterruptedException {
        return ScenarioAwait.until(() -> server.pending(n), 0);
    }
}
