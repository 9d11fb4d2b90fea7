package dev.concurrenthttp.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class VirtualThreadsTest {

    @Test
    void runsEachCallOnAVirtualThreadOfItsOwn() throws Exception {
        List<Callable<Thread>> calls = List.of(Thread::currentThread, Thread::currentThread, Thread::currentThread);

        List<Thread> threads = VirtualThreads.gather(calls);

        assertThat(threads).allMatch(Thread::isVirtual).doesNotHaveDuplicates().doesNotContain(Thread.currentThread());
    }

    @Test
    void returnsResultsInInputOrderWhateverOrderTheyFinishIn() throws Exception {
        List<Callable<String>> calls = List.of(() -> sleepThen(300, "slow"), () -> "fast", () -> sleepThen(100, "medium"));

        assertThat(VirtualThreads.gather(calls)).containsExactly("slow", "fast", "medium");
    }

    @Test
    void runsTheCallsAtTheSameTime() throws Exception {
        List<Callable<String>> calls = java.util.Collections.nCopies(200, () -> sleepThen(500, "done"));

        long start = System.nanoTime();
        VirtualThreads.gather(calls);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("200 x 500 ms at once").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void failsFastAndInterruptsTheCallsStillRunning() {
        CountDownLatch siblingInterrupted = new CountDownLatch(1);
        Callable<String> failing = () -> sleepThen(100, null) + fail("refused");
        Callable<String> slowSibling = () -> {
            try {
                Thread.sleep(30_000);
                return "never";
            } catch (InterruptedException e) {
                siblingInterrupted.countDown();
                throw e;
            }
        };

        long start = System.nanoTime();
        assertThatThrownBy(() -> VirtualThreads.gather(List.of(slowSibling, failing)))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("refused");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(siblingInterrupted.getCount()).as("the sibling was interrupted, not left running").isZero();
    }

    @Test
    void gatherSettledGivesEveryCallItsOwnOutcome() {
        List<Callable<String>> calls = List.of(() -> "a", () -> fail("broken"), () -> "c");

        List<Settled<String>> outcomes = VirtualThreads.gatherSettled(calls);

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isEqualTo(new Settled.Success<>("a"));
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(Settled.Failure.class,
                failure -> assertThat(failure.error()).hasMessage("broken"));
        assertThat(outcomes.get(2)).isEqualTo(new Settled.Success<>("c"));
    }

    @Test
    void gatherSettledWaitsForEveryCallEvenAfterOneHasFailed() {
        List<Callable<String>> calls = List.of(() -> fail("at once"), () -> sleepThen(300, "later"));

        List<Settled<String>> outcomes = VirtualThreads.gatherSettled(calls);

        assertThat(outcomes.get(1)).as("not interrupted by the failure").isEqualTo(new Settled.Success<>("later"));
    }

    private static String sleepThen(long millis, String value) throws InterruptedException {
        Thread.sleep(millis);
        return value;
    }

    private static String fail(String message) throws IOException {
        throw new IOException(message);
    }
}
