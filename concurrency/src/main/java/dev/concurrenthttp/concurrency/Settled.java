package dev.concurrenthttp.concurrency;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;

/**
 * How one future ended, as an item of {@code asyncio.gather(..., return_exceptions=True)}'s
 * list: with its value, or with the error it failed with.
 */
public sealed interface Settled<T> {

    record Success<T>(T value) implements Settled<T> {
    }

    /** Failed, or cancelled ({@link CancellationException}). */
    record Failure<T>(Throwable error) implements Settled<T> {
    }

    /** The value, for a task that cannot fail; else the error, wrapped in a {@link CompletionException}. */
    default T orElseThrow() {
        return switch (this) {
            case Success<T> success -> success.value();
            case Failure<T> failure -> throw new CompletionException(failure.error());
        };
    }

    /** How {@code done} ended; it must be done. */
    static <T> Settled<T> of(Future<T> done) {
        return switch (done.state()) {
            case SUCCESS -> new Success<>(done.resultNow());
            case FAILED -> new Failure<>(done.exceptionNow());
            case CANCELLED -> new Failure<>(new CancellationException("cancelled"));
            case RUNNING -> throw new IllegalArgumentException("not done yet: " + done);
        };
    }
}
