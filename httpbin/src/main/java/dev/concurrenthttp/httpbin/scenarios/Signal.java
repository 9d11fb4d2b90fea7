package dev.concurrenthttp.httpbin.scenarios;

import java.util.concurrent.CountDownLatch;

/** A value set once, that any number of requests wait for; the wait ends when its client hangs up. */
final class Signal<T> {

    private final CountDownLatch set = new CountDownLatch(1);
    private volatile T value;

    /** Sets the value, unless it was set already; wakes every waiter. */
    synchronized void set(T value) {
        if (set.getCount() > 0) {
            this.value = value;
            set.countDown();
        }
    }

    T await() throws InterruptedException {
        set.await();
        return value;
    }
}
