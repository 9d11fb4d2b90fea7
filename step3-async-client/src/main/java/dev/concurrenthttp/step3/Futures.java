package dev.concurrenthttp.step3;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** asyncio's {@code gather} and {@code as_completed}, for {@link CompletableFuture}s. */
public final class Futures {

    private Futures() {
    }

    // tag::gather[]
    /**
     * The results of all the futures, in the order the futures were given, whatever order they
     * finished in: {@code asyncio.gather}. Like it, fails as soon as one future fails, with that
     * future's exception, and cancels none of the others.
     */
    public static <T> CompletableFuture<List<T>> gather(Collection<? extends CompletableFuture<T>> futures) {
        List<CompletableFuture<T>> tasks = List.copyOf(futures);
        CompletableFuture<List<T>> gathered = CompletableFuture.allOf(tasks.toArray(new CompletableFuture<?>[0]))
                .thenApply(allDone -> tasks.stream().map(CompletableFuture::join).toList());
        for (CompletableFuture<T> task : tasks) {
            task.whenComplete((value, error) -> {
                if (error != null) {
                    gathered.completeExceptionally(error); // now, not when the slowest is done
                }
            });
        }
        return gathered;
    }
    // end::gather[]

    // tag::as-completed[]
    /**
     * New futures, one per given future, that complete in the order the given ones finish: the
     * first with the result of whichever finishes first, and so on, as
     * {@code asyncio.as_completed} yields them. Iterate and wait for each in turn:
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
    public static <T> List<CompletableFuture<T>> asCompleted(Collection<? extends CompletableFuture<T>> futures) {
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
}
