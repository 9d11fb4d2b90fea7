package dev.concurrenthttp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            Printed printed = runMain(server.url("/hold/" + HOLD_MILLIS).toString());

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
    void asksAnEmbeddedLocalHttpbinWhenGivenNoBaseUrl() throws Exception {
        Printed printed = runMain();

        assertThat(printed.exitCode()).as("exit code; stderr: %s", printed.err()).isZero();
        String out = printed.out();
        int uuid = out.indexOf("\"uuid\"");
        int userAgent = out.indexOf("\"user-agent\"");
        int headers = out.indexOf("\"headers\"");
        assertThat(List.of(uuid, userAgent, headers)).as("where each body starts in: %s", out)
                .doesNotContain(-1)
                .isSorted();
    }

    /** What a run of the recipe printed, and how it exited. */
    protected record Printed(int exitCode, String out, String err) {
    }

    protected final Printed runMain(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), recipe().getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("recipe", ".out");
        Path err = Files.createTempFile("recipe", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the recipe ends within 60 s").isTrue();
            return new Printed(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            process.destroyForcibly();
            Files.delete(out);
            Files.delete(err);
        }
    }
}
