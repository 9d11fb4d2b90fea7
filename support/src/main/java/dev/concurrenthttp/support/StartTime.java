package dev.concurrenthttp.support;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When a request really started: the {@link System#nanoTime()} at which its first attempt got
 * its turn under the batch's limit. A request that never got one has no start of its own.
 */
public final class StartTime {

    private static final long NOT_YET = Long.MIN_VALUE;

    private final AtomicLong nanos = new AtomicLong(NOT_YET);

    /** Marks now as the start, unless an attempt before has marked it. */
    public void markNow() {
        nanos.compareAndSet(NOT_YET, System.nanoTime());
    }

    /** The start, or {@code otherwise} if no attempt ever got its turn. */
    public long orElse(long otherwise) {
        long start = nanos.get();
        return start == NOT_YET ? otherwise : start;
    }
}
