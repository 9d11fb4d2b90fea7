package dev.concurrenthttp.step2;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code asyncio.gather} for {@link CompletableFuture}s, in its two modes: every result or the
 * first error, and one result per future, value or error ({@code return_exceptions=True}).
 *
 * <p>Both are built on {@link CompletableFuture#allOf}, and neither blocks a thread: the
 * gathered future completes when its futures have.
 */
public final class Gather {

    private Gather() {
    }

    // tag::all[]
    /**
     * Every result, in the order of {@code futures}, or the first error as soon as it happens.
     *
     * <p>After that first error asyncio leaves the other tasks running, and nobody reads their
     * results; this cancels them ({@code cancel(true)}). Cancelling the gathered future cancels
     * them too, as in asyncio.
     */
    public static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> futures) {
        CompletableFuture<List<T>> gathered = CompletableFuture.allOf(futures.toArray(CompletableFuture<?>[]::new))
                .thenApply(allDone -> futures.stream().map(CompletableFuture::resultNow).toList());
        // allOf waits for every future, even after one has failed: fail at the first error.
        for (CompletableFuture<T> future : futures) {
            future.whenComplete((value, error) -> {
                if (error != null) {
                    gathered.completeExceptionally(error);
                }
            });
        }
        cancelAllIfAbandoned(gathered, futures);
        return gathered;
    }
    // end::all[]

    // tag::settled[]
    /**
     * One {@link Settled} per future, in the order of {@code futures}, once every one is done.
     * The gathered future never fails for theirs, and a failure cancels nothing.
     */
    public static <T> CompletableFuture<List<Settled<T>>> settled(List<CompletableFuture<T>> futures) {
        CompletableFuture<List<Settled<T>>> gathered = CompletableFuture.allOf(futures.toArray(CompletableFuture<?>[]::new))
                .handle((allDone, someError) -> futures.stream().map(Settled::of).toList());
        cancelAllIfAbandoned(gathered, futures);
        return gathered;
    }
    // end::settled[]

    /** Once the gathered future has failed or been cancelled, nobody will read the others: stop them. */
    private static void cancelAllIfAbandoned(CompletableFuture<?> gathered, List<? extends CompletableFuture<?>> futures) {
        gathered.whenComplete((results, error) -> {
            if (error != null) {
                futures.forEach(future -> future.cancel(true));
            }
        });
    }
}
