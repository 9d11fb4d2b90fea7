package dev.concurrenthttp.concurrency;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * asyncio's {@code gather} for plain blocking calls: each call gets a virtual thread of its own,
 * and the results come back in the order the calls were given. The names and their meaning are
 * {@link Futures}'; a thread cannot be cancelled, so where a future is cancelled, a call is
 * interrupted, which ends a blocking HTTP exchange on a virtual thread.
 */
public final class VirtualThreads {

    private VirtualThreads() {
    }

    /**
     * Every result, in the order of {@code calls}, or the first failure, by time: then the calls
     * still running are interrupted, and this method throws once every thread has ended.
     */
    // tag::gather[]
    public static <T> List<T> gather(List<? extends Callable<T>> calls)
            throws ExecutionException, InterruptedException {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletionService<T> completed = new ExecutorCompletionService<>(threads);
            List<Future<T>> futures = calls.stream().map(completed::submit).toList();
            try {
                for (int i = 0; i < futures.size(); i++) {
                    Future<T> next = completed.take(); // in the order they finish
                    if (next.state() == Future.State.FAILED) {
                        throw new ExecutionException(next.exceptionNow());
                    }
                }
            } catch (ExecutionException | InterruptedException e) {
                futures.forEach(future -> future.cancel(true)); // interrupt the others
                throw e;
            }
            return futures.stream().map(Future::resultNow).toList();
        } // close() waits for every thread to end: nothing outlives the call
    }
    // end::gather[]

    /**
     * One {@link Settled} per call, in the order of {@code calls}, once every one has ended:
     * {@code gather(..., return_exceptions=True)}. A failure interrupts nothing.
     */
    // tag::gather-settled[]
    public static <T> List<Settled<T>> gatherSettled(List<? extends Callable<T>> calls) {
        List<Future<T>> futures;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            futures = calls.stream().map(threads::submit).toList();
        } // close() waits for every thread to finish
        return futures.stream().map(Settled::of).toList();
    }
    // end::gather-settled[]
}
