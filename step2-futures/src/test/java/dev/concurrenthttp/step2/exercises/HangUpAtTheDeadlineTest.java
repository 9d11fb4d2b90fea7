package dev.concurrenthttp.step2.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.ProbeServer;
import dev.concurrenthttp.contract.exercises.Exercises;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HangUpAtTheDeadlineTest {

    private static final Duration DEADLINE = Duration.ofMillis(500);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ProbeServer probe = ProbeServer.start();

    @AfterEach
    void close() {
        client.shutdownNow();
        probe.close();
    }

    @Test
    void failsWithATimeoutAtTheDeadlineWhileTheBodyIsStillComing(HangUpAtTheDeadline exercise) throws Exception {
        assertThat(exercise.fetch(client, probe.url("/hold/0"), DEADLINE)).as("a response that comes in time")
                .succeedsWithin(Duration.ofSeconds(5)).isEqualTo("held");

        long start = System.nanoTime();
        CompletableFuture<String> body = exercise.fetch(client, probe.url("/dribble/5000"), DEADLINE);

        assertThat(isDoneWithin(body, Duration.ofSeconds(3)))
                .as("headers at once, then a body that dribbles in for 5 s: still coming 3 s after a 0.5 s deadline."
                        + " HttpRequest.timeout stops only the wait for the headers (JDK 21 to 25): put the deadline"
                        + " on the future, with orTimeout")
                .isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("it fails at the deadline, not before")
                .isGreaterThanOrEqualTo(DEADLINE);
        assertThat(body).failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(TimeoutException.class);
    }

    @Test
    void stopsTheExchangeSoTheServerSeesTheConnectionClose(HangUpAtTheDeadline exercise) {
        exercise.fetch(client, probe.url("/dribble/5000"), DEADLINE);

        assertThat(probe.awaitHangUps(1, Duration.ofSeconds(3)))
                .as("3 s after a 0.5 s deadline the server is still sending the body, to nobody. Failing your future"
                        + " is not enough: orTimeout completes only the future it is called on. Once yours has"
                        + " failed, cancel(true) the future sendAsync returned")
                .isTrue();
    }

    /** Waits up to {@code within} for {@code future} to end, however it ends; false if it has not. */
    private static boolean isDoneWithin(CompletableFuture<?> future, Duration within) throws InterruptedException {
        try {
            future.handle((value, error) -> null).get(within.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException cannotHappen) { // handle turns a failure into a value
            throw new AssertionError(cannotHappen);
        }
    }
}
