package dev.concurrenthttp.step5;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Races, hedges and deadlines for plain blocking calls, each on a virtual thread of its own.
 * A loser is interrupted, which ends a blocking HTTP exchange: a virtual thread blocked on a
 * socket has the socket closed under it. No thread outlives the call that started it.
 */
public final class ThreadRace {

    private ThreadRace() {
    }

    // tag::race[]
    /**
     * The first call to succeed wins; a failure just loses; if every call fails, the race fails
     * with {@link AllFailedException}. Once there is a winner the others are interrupted, and
     * the race returns when they have ended. {@code ExecutorService.invokeAny} races too, but
     * keeps only the first failure.
     */
    public static <T> T race(List<? extends Callable<T>> calls)
            throws AllFailedException, InterruptedException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletionService<T> finished = new ExecutorCompletionService<>(threads);
            List<Future<T>> racers = calls.stream().map(finished::submit).toList();
            try {
                List<Throwable> failures = new ArrayList<>();
                while (failures.size() < racers.size()) {
                    Future<T> next = finished.take(); // in the order they finish
                    if (next.state() == Future.State.SUCCESS) {
                        return next.resultNow();
                    }
                    failures.add(next.exceptionNow());
                }
                throw new AllFailedException(failures);
            } finally {
                racers.forEach(racer -> racer.cancel(true)); // interrupts the losers; close() waits
            }
        }
    }
    // end::race[]

    @SafeVarargs
    public static <T> T race(Callable<T>... calls) throws AllFailedException, InterruptedException {
        return race(List.of(calls));
    }

    // tag::within[]
    /**
     * {@code call}'s result, or a {@link TimeoutException} once {@code timeout} has passed: then
     * {@code call} is interrupted.
     */
    public static <T> T within(Duration timeout, Callable<T> call) throws Exception {
        try (ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<T> running = thread.submit(call);
            try {
                return running.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            } catch (TimeoutException e) {
                throw new TimeoutException("deadline of " + timeout.toMillis() + " ms passed");
            } finally {
                running.cancel(true);
            }
        }
    }
    // end::within[]

    // tag::hedge[]
    /**
     * Calls {@code call}, and again after {@code delay} if it has not returned; the first
     * success wins.
     */
    public static <T> T hedge(Duration delay, Callable<T> call)
            throws AllFailedException, InterruptedException {
        return race(call, after(delay, call));
    }

    /** {@code call}, after {@code delay}: interrupted while it waits, it never starts. */
    static <T> Callable<T> after(Duration delay, Callable<T> call) {
        return () -> {
            Thread.sleep(delay);
            return call.call();
        };
    }
    // end::hedge[]

    // tag::shield[]
    /**
     * Runs {@code call} on a virtual thread of its own and waits for it to end, whatever
     * interrupts this thread meanwhile, then passes them on: as {@code asyncio.shield} keeps a
     * cancel from reaching the work it guards. The cleanup of a racer that was cancelled must
     * still reach the server; {@code call} must have a deadline of its own.
     */
    public static <T> T shield(Callable<T> call) throws Exception {
        FutureTask<T> shielded = new FutureTask<>(call);
        Thread.ofVirtual().name("shielded").start(shielded);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return shielded.get();
                } catch (InterruptedException e) {
                    interrupted = true; // keep waiting: the cleanup must end first
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception failure ? failure : e;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
    // end::shield[]
}
