package dev.concurrenthttp.step4;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code asyncio.gather} for plain blocking calls: each call gets a virtual thread of its own,
 * and the results come back in the order the calls were given.
 */
public final class Gather {

    private Gather() {
    }

    /**
     * All the results in input order, or the first failure, by time: then the calls still
     * running are interrupted, which ends their HTTP exchanges, before this method throws.
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
                futures.forEach(future -> future.cancel(true)); // interrupt the siblings
                throw e;
            }
            return futures.stream().map(Future::resultNow).toList();
        }
    }
    // end::gather[]

    /**
     * {@code gather(..., return_exceptions=True)}: waits for every call and returns one
     * finished future per call, in input order, each holding a result or a failure.
     */
    // tag::gather-settled[]
    public static <T> List<Future<T>> gatherReturningExceptions(List<? extends Callable<T>> calls) {
        List<Future<T>> futures;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            futures = calls.stream().map(threads::submit).toList();
        } // close() waits for every thread to finish
        return futures;
    }
    // end::gather-settled[]
}
