package dev.concurrenthttp.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DeadlineTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void returnsTheResultOfACallThatFinishesInTime() throws Exception {
        assertThat(Deadline.within(Duration.ofSeconds(1), () -> "done")).isEqualTo("done");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void interruptsACallStillBlockedAtTheDeadlineAndSaysItTimedOut() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(200), () -> {
            Thread.sleep(5_000);
            return "too late";
        })).isInstanceOf(TimeoutException.class).hasCauseInstanceOf(InterruptedException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(190), Duration.ofSeconds(2));
        assertThat(Thread.currentThread().isInterrupted()).as("the deadline's interrupt is not left behind").isFalse();
    }

    @Test
    void leavesNoInterruptBehindForTheNextCall() throws Exception {
        for (int i = 0; i < 200; i++) {
            Deadline.within(Duration.ofNanos(1), () -> "racing the alarm");
        }
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        Thread.sleep(50); // would throw if a late alarm had interrupted this thread
    }

    @Test
    void passesOnTheCallsOwnFailureBeforeTheDeadline() {
        assertThatThrownBy(() -> Deadline.within(Duration.ofSeconds(1), () -> {
            throw new IOException("refused");
        })).isInstanceOf(IOException.class).hasMessage("refused");
    }

    @Test
    void reportsAnUncheckedFailureCausedByItsInterruptAsATimeout() {
        assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(100), () -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                throw new CancellationException("a client's own way of saying it was interrupted");
            }
            return "too late";
        })).isInstanceOf(TimeoutException.class).hasCauseInstanceOf(CancellationException.class);
    }

    @Test
    void neverStartsACallWhoseDeadlineHasAlreadyPassed() {
        AtomicBoolean started = new AtomicBoolean();

        assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(-20), () -> started.getAndSet(true)))
                .isInstanceOf(TimeoutException.class);
        assertThat(started).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void interruptsAVirtualThreadAsWell() throws Exception {
        Thread thread = Thread.ofVirtual().start(() -> assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(100), () -> {
            Thread.sleep(5_000);
            return null;
        })).isInstanceOf(TimeoutException.class));
        assertThat(thread.join(Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void abortsWhatAnInterruptDoesNotReachAPlatformThreadsSocketRead() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = new Socket(silent.getInetAddress(), silent.getLocalPort())) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> Deadline.within(Duration.ofMillis(200), () -> close(socket),
                    () -> socket.getInputStream().read())) // this test's thread is a platform one
                    .isInstanceOf(TimeoutException.class).hasCauseInstanceOf(SocketException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(190), Duration.ofSeconds(2));
            assertThat(Thread.currentThread().isInterrupted()).as("the deadline's interrupt is not left behind").isFalse();
        }
    }

    @Test
    void neverAbortsACallThatFinishedInTime() throws Exception {
        AtomicBoolean aborted = new AtomicBoolean();

        // A deadline the call cannot miss, even on a loaded machine, then a wait well past it.
        assertThat(Deadline.within(Duration.ofMillis(500), () -> aborted.set(true), () -> "done")).isEqualTo("done");
        Thread.sleep(800); // past the deadline: a disarmed alarm stays silent

        assertThat(aborted).isFalse();
    }

    @Test
    void anAbortThatThrowsStillEndsTheCallAtTheDeadline() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        // On a thread of its own: a caller left waiting for the alarm would not heed @Timeout.
        Thread caller = Thread.ofPlatform().daemon(true).start(() -> {
            try {
                Deadline.within(Duration.ofMillis(100), () -> {
                    throw new IllegalStateException("could not abort");
                }, () -> {
                    Thread.sleep(5_000);
                    return "too late";
                });
            } catch (Exception e) {
                thrown.set(e);
            }
        });

        assertThat(caller.join(Duration.ofSeconds(2))).as("the call ends at its deadline").isTrue();
        assertThat(thrown.get()).isInstanceOf(TimeoutException.class).hasCauseInstanceOf(InterruptedException.class);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
