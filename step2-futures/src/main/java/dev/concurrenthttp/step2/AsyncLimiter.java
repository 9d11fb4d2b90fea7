package dev.concurrenthttp.step2;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs at most {@code permits} asynchronous tasks at once, and no thread waits for a permit:
 * {@code asyncio.Semaphore} for futures.
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

    private final Object lock = new Object();
    private final Queue<Submitted<?>> waiting = new ArrayDeque<>();
    private int free;
    private boolean starting;

    public AsyncLimiter(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, got " + permits);
        }
        this.free = permits;
    }

    // tag::submit[]
    /** Starts {@code task} once a permit is free, which may be at once; its future completes the returned one. */
    public <T> CompletableFuture<T> submit(Supplier<? extends CompletionStage<T>> task) {
        Submitted<T> entry = new Submitted<>(task);
        synchronized (lock) {
            waiting.add(entry);
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

    private final class Submitted<T> {

        private final Supplier<? extends CompletionStage<T>> task;
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Submitted(Supplier<? extends CompletionStage<T>> task) {
            this.task = task;
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
            result.whenComplete((value, error) -> {
                if (error != null) {
                    running.cancel(true); // the caller stopped waiting: a deadline, a cancel
                }
            });
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
