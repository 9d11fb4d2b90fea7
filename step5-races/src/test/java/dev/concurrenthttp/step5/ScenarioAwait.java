package dev.concurrenthttp.step5;

import java.util.function.IntSupplier;

/**
 * Waits a little for a count the server keeps to reach a value: a hang-up takes a moment to be
 * seen.
 */
final class ScenarioAwait {

    private ScenarioAwait() {
    }

    /** Polls {@code count} for up to three seconds; returns its last value. */
    static int until(IntSupplier count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        int value;
        while ((value = count.getAsInt()) != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return value;
    }
}
