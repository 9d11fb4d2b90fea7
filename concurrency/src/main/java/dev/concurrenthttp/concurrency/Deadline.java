package dev.concurrenthttp.concurrency;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deadline for a blocking call: when it passes, the calling thread is interrupted, and the
 * call's exchange aborted if the caller says how.
 *
 * <p>Blocking HTTP calls time out piecemeal: {@code HttpRequest.timeout} stops the wait for
 * the response headers, a socket timeout stops one read, and a server that dribbles one byte a
 * second defeats both. An interrupt ends the whole exchange where the client waits in a way an
 * interrupt reaches: the JDK client's {@code send} waits on a future, on any thread, and cancels
 * its request when interrupted; a virtual thread blocked on a socket has the socket closed under
 * it. A platform thread blocked in a socket read is not woken by an interrupt: a client that
 * reads on the calling thread, as HttpClient 5's classic one does, needs an abort that closes
 * the connection.
 */
public final class Deadline {

    /** A blocking call that may be interrupted. */
    @FunctionalInterface
    public interface BlockingCall<T> {
        T call() throws IOException, InterruptedException;
    }

    private static final int RUNNING = 0;
    private static final int FIRING = 1;
    private static final int FIRED = 2;
    private static final int FINISHED = 3;

    private static final ScheduledExecutorService ALARMS = alarms();

    private Deadline() {
    }

    /**
     * Runs {@code call} on the current thread and returns its result, or throws
     * {@link TimeoutException} if it had not returned when {@code timeout} passed.
     */
    public static <T> T within(Duration timeout, BlockingCall<T> call)
            throws IOException, InterruptedException, TimeoutException {
        return within(timeout, () -> { }, call);
    }

    /**
     * As {@link #within(Duration, BlockingCall)}, and when {@code timeout} passes, {@code abort}
     * runs too, on the alarm's thread, right after the interrupt: it ends what an interrupt does
     * not reach, such as a platform thread's socket read, for instance by closing the connection.
     * It should be quick and should not throw; the call does not return before it has finished.
     */
    public static <T> T within(Duration timeout, Runnable abort, BlockingCall<T> call)
            throws IOException, InterruptedException, TimeoutException {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new TimeoutException("deadline of " + timeout + " had passed before the call started");
        }
        Thread caller = Thread.currentThread();
        AtomicInteger state = new AtomicInteger(RUNNING);
        ScheduledFuture<?> alarm = ALARMS.schedule(() -> {
            if (state.compareAndSet(RUNNING, FIRING)) {
                try {
                    caller.interrupt();
                    abort.run();
                } finally {
                    state.set(FIRED);
                }
            }
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return call.call();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // Clients answer an interrupt in their own ways, unchecked ones included (HttpClient 5's
            // pool throws CancellationException): once the alarm has fired, any failure is the deadline's.
            if (stop(state, alarm)) {
                TimeoutException timedOut = new TimeoutException("deadline of " + timeout + " passed");
                timedOut.initCause(e);
                throw timedOut;
            }
            throw e;
        } finally {
            stop(state, alarm);
        }
    }

    /** Disarms the alarm; returns whether it had fired, after clearing the interrupt it sent. */
    private static boolean stop(AtomicInteger state, ScheduledFuture<?> alarm) {
        if (state.compareAndSet(RUNNING, FINISHED)) {
            alarm.cancel(false);
            return false;
        }
        while (state.get() == FIRING) {
            Thread.onSpinWait(); // the alarm is between its check and the end of its abort
        }
        if (state.compareAndSet(FIRED, FINISHED)) {
            Thread.interrupted(); // the interrupt was ours, not the caller's
        }
        return true;
    }

    private static ScheduledExecutorService alarms() {
        ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "deadline-alarms");
            thread.setDaemon(true);
            return thread;
        });
        alarms.setRemoveOnCancelPolicy(true);
        return alarms;
    }
}
