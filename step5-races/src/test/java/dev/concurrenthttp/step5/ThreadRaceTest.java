package dev.concurrenthttp.step5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ThreadRaceTest {

    @Test
    void theFirstSuccessWinsAndTheLoserIsInterruptedBeforeTheRaceReturns() throws Exception {
        AtomicBoolean loserInterrupted = new AtomicBoolean();

        String winner = ThreadRace.race(() -> {
            throw new IOException("reset");
        }, () -> {
            Thread.sleep(100);
            return "right";
        }, () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.sleep(100); // the race still waits for this
                loserInterrupted.set(true);
            }
            return "never";
        });

        assertThat(winner).isEqualTo("right");
        assertThat(loserInterrupted).isTrue();
    }

    @Test
    void whenEveryCallFailsTheRaceFailsWithAllTheFailures() {
        assertThatThrownBy(() -> ThreadRace.race(() -> {
            throw new IOException("first");
        }, () -> {
            Thread.sleep(50);
            throw new IOException("second");
        })).isInstanceOfSatisfying(AllFailedException.class, all ->
                assertThat(all.failures()).extracting(Throwable::getMessage).containsExactly("first", "second"));
    }

    @Test
    void withinFailsWithATimeoutAndInterruptsTheCall() {
        AtomicBoolean interrupted = new AtomicBoolean();

        assertThatThrownBy(() -> ThreadRace.within(Duration.ofMillis(100), () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return "never";
        })).isInstanceOf(TimeoutException.class);
        assertThat(interrupted).isTrue();
    }

    @Test
    void aHedgeNeverStartsIfTheFirstCallAnswersInTime() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        String answer = ThreadRace.hedge(Duration.ofMillis(300), () -> "call " + calls.incrementAndGet());
        Thread.sleep(500);

        assertThat(answer).isEqualTo("call 1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aShieldedCallRunsDespiteAnInterruptAndKeepsItForAfter() throws Exception {
        Thread.currentThread().interrupt();

        String closed = ThreadRace.shield(() -> {
            Thread.sleep(10); // would throw at once if the interrupt were still pending
            return "closed";
        });

        assertThat(closed).isEqualTo("closed");
        assertThat(Thread.interrupted()).isTrue();
    }
}
