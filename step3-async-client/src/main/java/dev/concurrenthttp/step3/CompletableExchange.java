package dev.concurrenthttp.step3;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One HttpClient 5 exchange seen as a {@link CompletableFuture}, with cancellation going both
 * ways.
 *
 * <p>HttpClient 5 reports the end of an exchange to a {@link FutureCallback}, and lets the
 * caller stop it through the {@link Future} that {@code execute} returns. A
 * {@code CompletableFuture} knows nothing of the work behind it: cancelling one, or letting
 * {@code orTimeout} complete it, changes only the Java object, while the request goes on holding
 * its connection. This class keeps the link, so that ending the future ends the exchange.
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
                    // Off the I/O thread: code chained onto the future must not stall every exchange.
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
        // The deadline times out a copy: orTimeout on the future itself would complete it, and
        // run the code chained onto it, on the JDK's one timer thread.
        future.copy().orTimeout(deadline.toNanos(), TimeUnit.NANOSECONDS)
                .whenComplete((value, error) -> {
                    if (error instanceof TimeoutException) {
                        completions.execute(() -> {
                            future.completeExceptionally(error); // first, so that the cancel below is not the reason
                            exchange.cancel(true);
                        });
                    } else if (error != null) {
                        exchange.cancel(true); // cancelled or failed: free the connection too
                    }
                });
        return future;
    }
    // end::adapter[]
}
