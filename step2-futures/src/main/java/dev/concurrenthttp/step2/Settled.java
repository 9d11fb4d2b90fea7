package dev.concurrenthttp.step2;

import java.util.concurrent.CancellationException;
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
