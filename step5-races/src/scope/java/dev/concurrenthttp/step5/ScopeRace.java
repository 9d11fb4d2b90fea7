package dev.concurrenthttp.step5;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.TimeoutException;

/**
 * Races, hedges and deadlines with JDK 25's {@link StructuredTaskScope} (JEP 505, a preview
 * API): each call a subtask on a virtual thread; a scope that is done cancels the subtasks
 * still running, by interrupting them, and {@code close} waits for them to end.
 */
public final class ScopeRace {

    private ScopeRace() {
    }

    // tag::race[]
    /**
     * The first call to succeed wins; once it has, the scope interrupts the others. If every
     * call fails: {@link AllFailedException}.
     */
    public static <T> T race(List<? extends Callable<T>> calls)
            throws AllFailedException, InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<T>anySuccessfulResultOrThrow())) {
            List<Subtask<T>> racers = calls.stream().<Subtask<T>>map(scope::fork).toList();
            try {
                return scope.join();
            } catch (StructuredTaskScope.FailedException e) { // it holds the first failure only
                throw new AllFailedException(racers.stream().map(Subtask::exception).toList());
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
     * {@code call}'s result, or a {@link TimeoutException} once {@code timeout} has passed: the
     * scope's own timeout cancels it.
     */
    public static <T> T within(Duration timeout, Callable<T> call) throws Exception {
        try (var scope = StructuredTaskScope.open(Joiner.<T>anySuccessfulResultOrThrow(),
                config -> config.withTimeout(timeout))) {
            scope.fork(call);
            return scope.join();
        } catch (StructuredTaskScope.TimeoutException e) {
            throw new TimeoutException("deadline of " + timeout.toMillis() + " ms passed");
        } catch (StructuredTaskScope.FailedException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
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
        return race(call, ThreadRace.after(delay, call));
    }
    // end::hedge[]
}
