package dev.concurrenthttp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.CommandRunner.Run;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every step's recipe, its {@code ThreeUrls}, must do: print the three bodies in order, with
 * the requests in flight as the step says, seen by the server, not by a clock. Each recipe runs
 * as a reader runs it, its {@code main} in a JVM of its own.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
public abstract class ThreeUrlsContract {

    /** Each path is held this long: three in a row take three times as long as three at once. */
    private static final int HOLD_MILLIS = 1_000;

    /** The recipe: a class with {@code main(String... args)}. */
    protected abstract Class<?> recipe();

    /** How many of the three requests the server must have seen in flight at one moment. */
    protected abstract int expectedPeakInFlight();

    @Test
    void printsTheThreeBodiesInTheirOrderWithTheRequestsInFlightAsTheStepSays() throws Exception {
        try (ProbeServer server = ProbeServer.start()) {
            Run printed = runMain(server.url("/hold/" + HOLD_MILLIS).toString());

            assertThat(printed.exitCode()).as("exit code; stderr: %s", printed.err()).isZero();
            assertThat(printed.out().lines().toList())
                    .as("the bodies, in the order of the paths, whatever order they came in")
                    .containsExactly("held /uuid", "held /user-agent", "held /headers");
            assertThat(server.requests()).as("requests the server saw").isEqualTo(3);
            assertThat(server.peakInFlight())
                    .as(expectedPeakInFlight() == 1
                            ? "one request after another: the next starts when the last has ended"
                            : "every request in flight before the first one ends")
                    .isEqualTo(expectedPeakInFlight());
        }
    }

    @Test
    void aBaseUrlWhereNothingListensEndsInOneLineThatNamesIt() throws Exception {
        String base = "http://127.0.0.1:" + closedPort();

        assertEndsInOneLineNaming(base, runMain(base));
    }

    @Test
    void aBaseUrlThatIsNoUrlEndsInOneLineThatNamesIt() throws Exception {
        String base = "not a url";

        assertEndsInOneLineNaming(base, runMain(base));
    }

    private static void assertEndsInOneLineNaming(String base, Run printed) {
        assertThat(printed.exitCode()).as("exit code; stderr: %s", printed.err()).isEqualTo(1);
        assertThat(printed.out()).as("what it printed before failing").isEmpty();
        assertThat(printed.err().lines().toList()).as("its error: one line, no stack trace")
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(base);
    }

    @Test
    void asksAnEmbeddedLocalHttpbinWhenGivenNoBaseUrl() throws Exception {
        Run printed = runMain();

        assertThat(printed.exitCode()).as("exit code; stderr: %s", printed.err()).isZero();
        String out = printed.out();
        int uuid = out.indexOf("\"uuid\"");
        int userAgent = out.indexOf("\"user-agent\"");
        int headers = out.indexOf("\"headers\"");
        assertThat(List.of(uuid, userAgent, headers)).as("where each body starts in: %s", out)
                .doesNotContain(-1)
                .isSorted();
    }

    protected final Run runMain(String... args) throws IOException, InterruptedException {
        return CommandRunner.inFreshJvm(recipe(), 60, args);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
