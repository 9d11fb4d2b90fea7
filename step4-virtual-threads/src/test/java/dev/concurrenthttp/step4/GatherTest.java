package dev.concurrenthttp.step4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GatherTest {

    @Test
    void runsEachCallOnAVirtualThreadOfItsOwn() throws Exception {
        List<Callable<Thread>> calls = List.of(Thread::currentThread, Thread::currentThread, Thread::currentThread);

        List<Thread> threads = Gather.gather(calls);

        assertThat(threads).allMatch(Thread::isVirtual).doesNotHaveDuplicates().doesNotContain(Thread.currentThread());
    }

    @Test
    void returnsResultsInInputOrderWhateverOrderTheyFinishIn() throws Exception {
        List<Callable<String>> calls = List.of(() -> sleepThen(300, "slow"), () -> "fast", () -> sleepThen(100, "medium"));

        assertThat(Gather.gather(calls)).containsExactly("slow", "fast", "medium");
    }

    @Test
    void runsTheCallsAtTheSameTime() throws Exception {
        List<Callable<String>> calls = java.util.Collections.nCopies(200, () -> sleepThen(500, "done"));

        long start = System.nanoTime();
        Gather.gather(calls);

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
        assertThatThrownBy(() -> Gather.gather(List.of(slowSibling, failing)))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("refused");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(siblingInterrupted.getCount()).as("the sibling was interrupted, not left running").isZero();
    }

    @Test
    void returningExceptionsGivesEveryCallItsOwnOutcome() {
        List<Callable<String>> calls = List.of(() -> "a", () -> fail("broken"), () -> "c");

        List<Future<String>> outcomes = Gather.gatherReturningExceptions(calls);

        assertThat(outcomes).extracting(Future::state)
                .containsExactly(Future.State.SUCCESS, Future.State.FAILED, Future.State.SUCCESS);
        assertThat(outcomes.get(0).resultNow()).isEqualTo("a");
        assertThat(outcomes.get(1).exceptionNow()).hasMessage("broken");
    }

    private static String sleepThen(long millis, String value) throws InterruptedException {
        Thread.sleep(millis);
        return value;
    }

    private static String fail(String message) throws IOException {
        throw new IOException(message);
    }
}
