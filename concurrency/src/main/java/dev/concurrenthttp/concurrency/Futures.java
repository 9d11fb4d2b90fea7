package dev.concurrenthttp.concurrency;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * asyncio's ways of waiting for many tasks, for {@link CompletableFuture}s: {@link #gather},
 * {@link #gatherSettled} and {@link #asCompleted}; and the two links a future needs to the work
 * behind it, {@link #propagateCancel} and {@link #withTimeout}. {@link VirtualThreads} has
 * {@code gather} and {@code gatherSettled}, with the same meaning, for blocking calls. None of
 * these blocks a thread.
 */
public final class Futures {

    private Futures() {
    }

    // tag::gather[]
    /**
     * Every result, in the order of {@code futures}, or the first error as soon as it happens.
     * Then the others are cancelled ({@code cancel(true)}), as asyncio's {@code TaskGroup}
     * cancels its other tasks: nobody would read their results. Cancelling the gathered future
     * cancels them too.
     */
    public static <T> CompletableFuture<List<T>> gather(
            List<? extends CompletableFuture<T>> futures) {
        List<CompletableFuture<T>> tasks = List.copyOf(futures);
        CompletableFuture<List<T>> gathered = allOf(tasks)
                .thenApply(allDone -> tasks.stream().map(CompletableFuture::resultNow).toList());
        // allOf waits for every future, even after one has failed: fail at the first error.
        for (CompletableFuture<T> task : tasks) {
            task.whenComplete((value, error) -> {
                if (error != null) {
                    gathered.completeExceptionally(error);
                }
            });
        }
        tasks.forEach(task -> propagateCancel(gathered, task));
        return gathered;
    }
    // end::gather[]

    // tag::gather-settled[]
    /**
     * One {@link Settled} per future, in the order of {@code futures}, once every one is done:
     * {@code gather(..., return_exceptions=True)}. It never fails for theirs, and a failure
     * cancels nothing; cancelling the gathered future cancels them all.
     */
    public static <T> CompletableFuture<List<Settled<T>>> gatherSettled(
            List<? extends CompletableFuture<T>> futures) {
        List<CompletableFuture<T>> tasks = List.copyOf(futures);
        CompletableFuture<List<Settled<T>>> gathered = allOf(tasks)
                .handle((allDone, someError) -> tasks.stream().map(Settled::of).toList());
        tasks.forEach(task -> propagateCancel(gathered, task));
        return gathered;
    }
    // end::gather-settled[]

    // tag::as-completed[]
    /**
     * New futures, one per given future, that complete in the order the given ones finish, as
     * {@code asyncio.as_completed} yields them. Wait for each in turn:
     *
     * <pre>{@code
     * for (CompletableFuture<Response> next : Futures.asCompleted(requests)) {
     *     Response response = next.join(); // the earliest of those not yet taken
     * }
     * }</pre>
     *
     * A failed future's exception arrives in its turn, from {@code join}. Cancelling one of the
     * returned futures cancels nothing given: cancel the given futures to stop their work.
     */
    public static <T> List<CompletableFuture<T>> asCompleted(
            Collection<? extends CompletableFuture<T>> futures) {
        List<CompletableFuture<T>> inCompletionOrder =
                Stream.generate(CompletableFuture<T>::new).limit(futures.size()).toList();
        AtomicInteger finished = new AtomicInteger();
        for (CompletableFuture<T> future : futures) {
            future.whenComplete((value, error) -> {
                CompletableFuture<T> next = inCompletionOrder.get(finished.getAndIncrement());
                if (error == null) {
                    next.complete(value);
                } else {
                    next.completeExceptionally(error);
                }
            });
        }
        return inCompletionOrder;
    }
    // end::as-completed[]

    // tag::propagate-cancel[]
    /**
     * When {@code from} ends without a result (cancelled, timed out or failed), cancels
     * {@code to} with {@code cancel(true)}. Whoever stops waiting for a future made from another
     * must stop the other too: cancelling a dependent stage, or {@code orTimeout} completing it,
     * does not reach the future it was made from once it is done.
     */
    public static void propagateCancel(CompletableFuture<?> from, Future<?> to) {
        from.whenComplete((value, error) -> {
            if (error != null) {
                to.cancel(true); // a future that has ended ignores it
            }
        });
    }
    // end::propagate-cancel[]

    /**
     * A copy of {@code future} that fails with a {@link TimeoutException} if {@code timeout}
     * passes first. That failure, and the code chained onto it, run on {@code executor}:
     * {@code orTimeout} would run them on the JDK's one timer thread, which every
     * {@code CompletableFuture} timer in the JVM shares. {@code future} itself is not touched.
     */
    public static <T> CompletableFuture<T> withTimeout(CompletableFuture<T> future, Duration timeout, Executor executor) {
        CompletableFuture<T> timed = new CompletableFuture<>();
        future.copy().orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS).whenComplete((value, error) -> {
            if (error instanceof TimeoutException) {
                executor.execute(() -> timed.completeExceptionally(error));
            } else if (error != null) {
                timed.completeExceptionally(error);
            } else {
                timed.complete(value);
            }
        });
        return timed;
    }

    private static CompletableFuture<Void> allOf(List<? extends CompletableFuture<?>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture<?>[]::new));
    }
}
