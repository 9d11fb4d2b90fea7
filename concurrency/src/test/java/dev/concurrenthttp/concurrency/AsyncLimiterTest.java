package dev.concurrenthttp.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AsyncLimiterTest {

    private static final Duration SOON = Duration.ofSeconds(5);

    /** Tasks whose futures the test completes by hand, kept in the order they were started. */
    private static final class Tasks {

        private final List<CompletableFuture<String>> started = new CopyOnWriteArrayList<>();

        CompletableFuture<String> submitTo(AsyncLimiter limiter) {
            return limiter.submit(() -> {
                CompletableFuture<String> task = new CompletableFuture<>();
                started.add(task);
                return task;
            });
        }

        /** The task started {@code index}-th, waited for: a permit may come back on another thread. */
        CompletableFuture<String> started(int index) {
            long deadline = System.nanoTime() + SOON.toNanos();
            while (started.size() <= index) {
                assertThat(System.nanoTime() - deadline).as("task %d never started", index).isNegative();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            return started.get(index);
        }

        int count() {
            return started.size();
        }
    }

    @Test
    void startsNoMoreTasksThanItHasPermits() {
        AsyncLimiter limiter = new AsyncLimiter(2);
        Tasks tasks = new Tasks();

        for (int i = 0; i < 5; i++) {
            tasks.submitTo(limiter);
        }

        assertThat(tasks.count()).isEqualTo(2);
    }

    @Test
    void startsTheNextWaitingTaskWhenARunningOneSucceeds() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        Tasks tasks = new Tasks();
        CompletableFuture<String> first = tasks.submitTo(limiter);
        CompletableFuture<String> second = tasks.submitTo(limiter);

        tasks.started(0).complete("one");

        assertThat(first).succeedsWithin(SOON).isEqualTo("one");
        assertThat(tasks.count()).isEqualTo(2);
        assertThat(second).isNotDone();
    }

    @Test
    void releasesThePermitWhenATaskFails() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        Tasks tasks = new Tasks();
        CompletableFuture<String> first = tasks.submitTo(limiter);
        tasks.submitTo(limiter);

        tasks.started(0).completeExceptionally(new IOException("reset"));

        assertThat(first).failsWithin(SOON).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(IOException.class);
        assertThat(tasks.count()).isEqualTo(2);
    }

    @Test
    void releasesThePermitWhenStartingATaskThrows() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        Tasks tasks = new Tasks();

        CompletableFuture<String> broken = limiter.submit(() -> {
            throw new IllegalStateException("could not start");
        });
        tasks.submitTo(limiter);

        assertThat(broken).failsWithin(SOON).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(IllegalStateException.class);
        assertThat(tasks.count()).isEqualTo(1);
    }

    @Test
    void aTimeoutOnARunningTaskCancelsItAndReleasesThePermit() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        Tasks tasks = new Tasks();
        CompletableFuture<String> first = tasks.submitTo(limiter).orTimeout(100, TimeUnit.MILLISECONDS);
        tasks.submitTo(limiter);

        assertThat(first).failsWithin(SOON).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(TimeoutException.class);
        assertThat(tasks.started(1)).as("the next one has its permit").isNotDone();
        assertThat(tasks.started(0)).as("the task the caller gave up on").isCancelled();
    }

    @Test
    void cancellingARunningTaskCancelsItAndReleasesThePermit() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        Tasks tasks = new Tasks();
        CompletableFuture<String> first = tasks.submitTo(limiter);
        tasks.submitTo(limiter);

        first.cancel(true);

        assertThat(tasks.started(0)).isCancelled();
        assertThat(tasks.count()).isEqualTo(2);
    }

    @Test
    void aTaskWhoseCallerStopsWaitingBeforeItsPermitComesNeverStarts() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        Tasks tasks = new Tasks();
        tasks.submitTo(limiter);
        CompletableFuture<String> givenUp = tasks.submitTo(limiter).orTimeout(50, TimeUnit.MILLISECONDS);
        CompletableFuture<String> third = tasks.submitTo(limiter);

        assertThat(givenUp).failsWithin(SOON);
        tasks.started(0).complete("one");

        assertThat(tasks.count()).as("the first, then the third: the second was skipped").isEqualTo(2);
        tasks.started(1).complete("three");
        assertThat(third).succeedsWithin(SOON).isEqualTo("three");
    }

    @Test
    void aLongQueueOfTasksThatEndAsTheyStartDoesNotOverflowTheStack() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        Tasks tasks = new Tasks();
        tasks.submitTo(limiter);
        List<CompletableFuture<String>> quick = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            quick.add(limiter.submit(() -> CompletableFuture.completedFuture("at once")));
        }

        tasks.started(0).complete("one");

        assertThat(quick).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    }

    @Test
    void neverRunsMoreThanItsPermitsWhenTasksEndOnManyThreads() {
        int permits = 4;
        AsyncLimiter limiter = new AsyncLimiter(permits);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<CompletableFuture<String>> results = new ArrayList<>();

        for (int i = 0; i < 400; i++) {
            results.add(limiter.submit(() -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                Executor later = CompletableFuture.delayedExecutor(ThreadLocalRandom.current().nextInt(3), TimeUnit.MILLISECONDS);
                return CompletableFuture.supplyAsync(() -> {
                    running.decrementAndGet();
                    return "done";
                }, later);
            }));
        }

        assertThat(CompletableFuture.allOf(results.toArray(CompletableFuture<?>[]::new))).succeedsWithin(Duration.ofSeconds(20));
        assertThat(peak.get()).isBetween(2, permits);
    }

    @Test
    void aTaskThatWaitsLongerThanTheMaxWaitNeverStartsAndTimesOut() {
        AsyncLimiter limiter = new AsyncLimiter(1, Duration.ofMillis(100));
        Tasks tasks = new Tasks();
        tasks.submitTo(limiter);
        CompletableFuture<String> waiting = tasks.submitTo(limiter);

        assertThat(waiting).failsWithin(SOON).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(TimeoutException.class).withMessageContaining("no permit free within");
        tasks.started(0).complete("one");

        assertThat(tasks.count()).as("the second never started").isEqualTo(1);
    }

    @Test
    void theMaxWaitEndsTheWaitNotTheTask() throws InterruptedException {
        AsyncLimiter limiter = new AsyncLimiter(1, Duration.ofMillis(50));
        Tasks tasks = new Tasks();
        CompletableFuture<String> running = tasks.submitTo(limiter);

        Thread.sleep(300);

        assertThat(running).as("it had its permit at once: its own deadline is its caller's").isNotDone();
    }

    @Test
    void eachWaitingTaskTimesOutAtItsOwnDeadlineNotTheFirstOnes() throws InterruptedException {
        AsyncLimiter limiter = new AsyncLimiter(1, Duration.ofMillis(1500));
        Tasks tasks = new Tasks();
        tasks.submitTo(limiter);
        CompletableFuture<String> first = tasks.submitTo(limiter);
        Thread.sleep(1000);
        CompletableFuture<String> second = tasks.submitTo(limiter);

        assertThat(first).failsWithin(SOON);
        assertThat(second).as("submitted a second later, it has a second left").isNotDone();
        assertThat(second).failsWithin(SOON).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(TimeoutException.class);
        assertThat(tasks.count()).isEqualTo(1);
    }

    @Test
    void aPermitThatComesBackInTimeStartsTheNextTaskBeforeItsMaxWait() {
        AsyncLimiter limiter = new AsyncLimiter(1, Duration.ofSeconds(10));
        Tasks tasks = new Tasks();
        tasks.submitTo(limiter);
        CompletableFuture<String> second = tasks.submitTo(limiter);

        tasks.started(0).complete("one");
        tasks.started(1).complete("two");

        assertThat(second).succeedsWithin(SOON).isEqualTo("two");
    }

    @Test
    void thousandsOfWaitingTasksAllTimeOutWithOneTimer() {
        AsyncLimiter limiter = new AsyncLimiter(1, Duration.ofMillis(200));
        Tasks tasks = new Tasks();
        tasks.submitTo(limiter);
        List<CompletableFuture<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            waiting.add(tasks.submitTo(limiter));
        }

        assertThat(CompletableFuture.allOf(waiting.toArray(CompletableFuture<?>[]::new)))
                .failsWithin(SOON);
        assertThat(waiting).allMatch(CompletableFuture::isCompletedExceptionally);
        assertThat(tasks.count()).isEqualTo(1);
    }

    @Test
    void needsAtLeastOnePermit() {
        assertThatThrownBy(() -> new AsyncLimiter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsAPositiveMaxWait() {
        assertThatThrownBy(() -> new AsyncLimiter(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxWait");
    }
}
