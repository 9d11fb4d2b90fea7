package dev.concurrenthttp.step5;

import dev.concurrenthttp.concurrency.Futures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Races, hedges and deadlines for {@link CompletableFuture}s, each cancelling what it no longer
 * needs with {@code cancel(true)}, which ends an HTTP exchange still in flight.
 *
 * <p>Cancelling a future made from another, by {@code thenApply} or a copy, does not reach the
 * one it was made from once it is done: each of these passes the cancel on with
 * {@link Futures#propagateCancel}.
 */
public final class FutureRace {

    private FutureRace() {
    }

    // tag::race[]
    /**
     * The first racer to succeed wins; a failure just loses; if every racer fails, the race
     * fails with {@link AllFailedException}. As soon as there is a winner the losers are
     * cancelled, and so are all the racers if the race itself is cancelled or times out.
     */
    public static <T> CompletableFuture<T> race(List<? extends CompletableFuture<T>> racers) {
        CompletableFuture<T> winner = new CompletableFuture<>();
        List<Throwable> failures = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        for (CompletableFuture<T> racer : racers) {
            racer.whenComplete((value, failure) -> {
                if (failure == null) {
                    winner.complete(value);
                    return;
                }
                synchronized (failures) {
                    failures.add(failure);
                }
                if (failed.incrementAndGet() == racers.size()) {
                    winner.completeExceptionally(new AllFailedException(failures));
                }
            });
        }
        winner.whenComplete((value, failure) -> racers.forEach(racer -> racer.cancel(true)));
        return winner;
    }
    // end::race[]

    @SafeVarargs
    public static <T> CompletableFuture<T> race(CompletableFuture<T>... racers) {
        return race(List.of(racers));
    }

    // tag::map[]
    /**
     * {@code source.thenApply(function)}; ending it early, failed or cancelled, cancels {@code
     * source}.
     */
    public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source,
            Function<? super A, ? extends B> function) {
        CompletableFuture<B> mapped = source.thenApply(function);
        Futures.propagateCancel(mapped, source); // ends the work behind it, if it still runs
        return mapped;
    }
    // end::map[]

    // tag::within[]
    /**
     * {@code task}, or a {@code TimeoutException} once {@code timeout} has passed: then it is
     * cancelled.
     */
    public static <T> CompletableFuture<T> within(Duration timeout, CompletableFuture<T> task) {
        // orTimeout on the task itself would fail it without cancelling the exchange behind it.
        CompletableFuture<T> limited = Futures.withTimeout(task, timeout, ForkJoinPool.commonPool());
        Futures.propagateCancel(limited, task); // timed out, or cancelled itself
        return limited;
    }
    // end::within[]

    // tag::hedge[]
    /**
     * Starts {@code task}, and again after {@code delay} if it has not answered; the first
     * success wins.
     */
    public static <T> CompletableFuture<T> hedge(Duration delay, Supplier<CompletableFuture<T>> task) {
        return race(task.get(), later(delay, task));
    }

    /** Starts {@code task} after {@code delay}, unless the future returned was cancelled by then. */
    public static <T> CompletableFuture<T> later(Duration delay, Supplier<CompletableFuture<T>> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS).execute(() -> {
            if (result.isDone()) {
                return; // cancelled while waiting: it never starts
            }
            CompletableFuture<T> started = task.get();
            Futures.propagateCancel(result, started); // the hedge was cancelled, or lost
            started.whenComplete((value, failure) -> {
                if (failure == null) {
                    result.complete(value);
                } else {
                    result.completeExceptionally(failure);
                }
            });
        });
        return result;
    }
    // end::hedge[]
}
