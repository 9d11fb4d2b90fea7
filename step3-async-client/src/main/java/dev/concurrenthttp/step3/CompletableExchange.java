package dev.concurrenthttp.step3;

import dev.concurrenthttp.concurrency.Futures;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One HttpClient 5 exchange seen as a {@link CompletableFuture}, with cancellation going both
 * ways.
 *
 * <p>HttpClient 5 reports the end of an exchange to a {@link FutureCallback}, and lets the
 * caller stop it through the {@link Future} that {@code execute} returns. A
 * {@code CompletableFuture} made here has no link to that {@code Future} unless it is given one:
 * cancelling it, or its deadline completing it, would change only the Java object, while the
 * request went on holding its connection. This class keeps the link.
 */
final class CompletableExchange {

    private CompletableExchange() {
    }

    /**
     * Starts an exchange and returns its result as a future that fails with a
     * {@link java.util.concurrent.TimeoutException} when {@code deadline} passes first.
     *
     * @param execute     starts the exchange, reporting to the callback it is given
     * @param result      turns what the exchange returned into the future's value; may throw
     * @param completions where the future completes, and so where code chained onto it runs
     */
    // tag::adapter[]
    static <T, R> CompletableFuture<R> start(Function<FutureCallback<T>, Future<T>> execute,
            Function<T, R> result, Duration deadline, Executor completions) {
        CompletableFuture<R> future = new CompletableFuture<>();
        Future<T> exchange;
        try {
            exchange = execute.apply(new FutureCallback<>() {
                @Override
                public void completed(T answer) {
                    // Off the I/O thread: code chained onto the future must not stall the others.
                    completions.execute(() -> {
                        try {
                            future.complete(result.apply(answer));
                        } catch (RuntimeException e) {
                            future.completeExceptionally(e);
                        }
                    });
                }

                @Override
                public void failed(Exception e) {
                    completions.execute(() -> future.completeExceptionally(e));
                }

                @Override
                public void cancelled() {
                    completions.execute(() -> future.cancel(false));
                }
            });
        } catch (RuntimeException e) { // a client shutting down throws rather than failing
            future.completeExceptionally(e);
            return future;
        }
        Futures.withTimeout(future, deadline, completions)
                .exceptionally(timedOut -> { // fails the future first: its reason is the timeout
                    future.completeExceptionally(timedOut);
                    return null;
                });
        Futures.propagateCancel(future, exchange); // cancelled, timed out, failed: free the connection
        return future;
    }
    // end::adapter[]
}
