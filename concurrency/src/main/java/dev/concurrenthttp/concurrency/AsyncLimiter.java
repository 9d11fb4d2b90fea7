package dev.concurrenthttp.concurrency;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs at most {@code permits} asynchronous tasks at once, and no thread waits for a permit:
 * {@code asyncio.Semaphore} for futures. Step 2 limits its batches with one; step 3's session
 * enforces its {@code limit} with one, as aiohttp's connector keeps a line of waiters.
 *
 * <p>A {@link java.util.concurrent.Semaphore} would park a thread per waiting request, which is
 * what futures set out to avoid. Here a task that finds no permit free waits in a queue, as a
 * task; each task that ends hands its permit to the first one still waiting.
 *
 * <p>The future {@link #submit} returns is the caller's handle on the task. Completing it from
 * outside (with {@code orTimeout}, or by cancelling it) means a task still waiting never
 * starts, and a running one is cancelled; either way its permit comes back.
 */
public final class AsyncLimiter {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    private final Object lock = new Object();
    private final Queue<Submitted<?>> waiting = new ArrayDeque<>();
    private final long maxWaitNanos;
    private int free;
    private boolean starting;
    private boolean timerSet;

    /** A limiter whose tasks wait for a permit as long as it takes. */
    public AsyncLimiter(int permits) {
        this(permits, NO_LIMIT);
    }

    /**
     * A limiter whose tasks wait at most {@code maxWait} for a permit, from {@link #submit}: one
     * still waiting then never starts, and its future fails with a {@link TimeoutException}.
     */
    public AsyncLimiter(int permits, Duration maxWait) {
        this(permits, positive(maxWait).toNanos());
    }

    private AsyncLimiter(int permits, long maxWaitNanos) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, got " + permits);
        }
        this.free = permits;
        this.maxWaitNanos = maxWaitNanos;
    }

    // tag::submit[]
    /** Starts {@code task} once a permit is free, maybe at once; its result completes the future. */
    public <T> CompletableFuture<T> submit(Supplier<? extends CompletionStage<T>> task) {
        Submitted<T> entry = new Submitted<>(task, deadlineFromNow());
        synchronized (lock) {
            waiting.add(entry);
            setTimerForFirstInLine();
        }
        startWhilePermitsLast();
        return entry.result;
    }
    // end::submit[]

    // tag::start[]
    // A task can end the moment it starts (its supplier threw, its client was closed) and so
    // release its permit inside start(): one thread loops here instead of recursing, or a long
    // queue of such tasks would overflow the stack.
    private void startWhilePermitsLast() {
        synchronized (lock) {
            if (starting) {
                return; // the thread in the loop below will see the new permit or task
            }
            starting = true;
        }
        while (true) {
            Submitted<?> next;
            synchronized (lock) {
                next = takeNextWithPermit();
                if (next == null) {
                    starting = false;
                    return;
                }
            }
            next.start();
        }
    }

    private Submitted<?> takeNextWithPermit() {
        while (free > 0 && !waiting.isEmpty()) {
            Submitted<?> next = waiting.remove();
            if (!next.result.isDone()) { // else its caller stopped waiting: it never starts
                free--;
                return next;
            }
        }
        return null;
    }

    private void release() {
        synchronized (lock) {
            free++;
        }
        startWhilePermitsLast();
    }
    // end::start[]

    // tag::max-wait[]
    // Every task may wait the same time, so the line is in deadline order: the first in line
    // runs out first. One timer, set for it, serves the whole line; a timer per waiting task
    // would cost as much as the tasks themselves when thousands wait.
    private long deadlineFromNow() {
        return maxWaitNanos == NO_LIMIT ? NO_LIMIT : System.nanoTime() + maxWaitNanos;
    }

    private void setTimerForFirstInLine() {
        if (timerSet || waiting.isEmpty() || maxWaitNanos == NO_LIMIT) {
            return;
        }
        timerSet = true;
        long delay = Math.max(0, waiting.element().deadline - System.nanoTime());
        CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS)
                .execute(this::endThoseOutOfTime);
    }

    private void endThoseOutOfTime() {
        List<Submitted<?>> outOfTime = new ArrayList<>();
        synchronized (lock) {
            timerSet = false;
            long now = System.nanoTime();
            while (!waiting.isEmpty() && waiting.element().deadline - now <= 0) {
                outOfTime.add(waiting.remove());
            }
            setTimerForFirstInLine(); // for the new first in line, if any
        }
        // Outside the lock: code chained onto these futures runs now, on this thread.
        outOfTime.forEach(entry -> entry.result.completeExceptionally(
                new TimeoutException("no permit free within " + Duration.ofNanos(maxWaitNanos))));
    }
    // end::max-wait[]

    private static Duration positive(Duration maxWait) {
        if (maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("maxWait must be positive, got " + maxWait);
        }
        return maxWait;
    }

    private final class Submitted<T> {

        private final Supplier<? extends CompletionStage<T>> task;
        private final long deadline;
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Submitted(Supplier<? extends CompletionStage<T>> task, long deadline) {
            this.task = task;
            this.deadline = deadline;
        }

        void start() {
            CompletableFuture<T> running = run(task);
            running.whenComplete((value, error) -> {
                if (error == null) {
                    result.complete(value);
                } else {
                    result.completeExceptionally(error);
                }
                release(); // after the caller has heard: the next task starts after this one ended
            });
            Futures.propagateCancel(result, running); // the caller stopped waiting: a deadline, a cancel
        }

        private static <T> CompletableFuture<T> run(Supplier<? extends CompletionStage<T>> task) {
            try {
                return task.get().toCompletableFuture();
            } catch (Throwable e) { // as CompletableFuture.supplyAsync does: the caller gets it
                return CompletableFuture.failedFuture(e);
            }
        }
    }
}
