package dev.concurrenthttp.httpbin.scenarios;

import java.util.concurrent.CountDownLatch;

/** What the server does with a request: answer it, or close its connection without a word. */
sealed interface Answer {

    String RIGHT = "right";

    record Text(int status, String body) implements Answer {
    }

    record Close() implements Answer {
    }

    static Answer right() {
        return new Text(200, RIGHT);
    }

    static Answer text(int status, String body) {
        return new Text(status, body);
    }

    static Answer close() {
        return new Close();
    }

    /** Never answers: waits until the client hangs up, which interrupts the wait. */
    static Answer untilHangUp() throws InterruptedException {
        new CountDownLatch(1).await();
        throw new AssertionError("unreachable");
    }
}
