package dev.concurrenthttp.step1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.ProbeServer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BlockingClientTest {

    @ParameterizedTest(name = "called from {0}")
    @MethodSource("dev.concurrenthttp.contract.CallerThreads#platformAndVirtual")
    void endsABodyThatDribblesPastTheDeadlineAndHangsUpOnTheServer(Thread.Builder callers) throws Exception {
        // send waits on a future, which an interrupt wakes on any thread, and then cancels the exchange.
        try (ProbeServer probe = ProbeServer.start(); BlockingClient client = new BlockingClient()) {
            URI dribble = probe.url("/dribble/20000"); // a byte every 50 ms for 20 s
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread caller = callers.start(() -> {
                try {
                    client.fetch(dribble, Duration.ofMillis(500));
                } catch (Exception e) {
                    thrown.set(e);
                }
            });

            assertThat(caller.join(Duration.ofSeconds(5))).as("the call ends at its deadline, not with the body").isTrue();
            assertThat(thrown.get()).isInstanceOf(TimeoutException.class);
            assertThat(probe.awaitHangUps(1, Duration.ofSeconds(5))).as("the server sees the client hang up").isTrue();
        }
    }
}
