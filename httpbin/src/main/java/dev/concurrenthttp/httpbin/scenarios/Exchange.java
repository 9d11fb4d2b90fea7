package dev.concurrenthttp.httpbin.scenarios;

/**
 * One request to a scenario as the server saw it: when it arrived, when it ended and how.
 *
 * @param scenario     1 to 11
 * @param arrivedNanos {@link System#nanoTime()} when its head had been read
 * @param endedNanos   {@link System#nanoTime()} when it was answered, closed or hung up
 * @param status       the status answered, or 0 if none was
 */
public record Exchange(int scenario, long arrivedNanos, long endedNanos, Ending ending, int status) {

    /** How a request to a scenario ended. */
    public enum Ending {
        /** The server answered it. */
        ANSWERED,
        /** The server closed its connection without answering, as scenarios 2 and 11 do. */
        CLOSED_BY_SERVER,
        /** Its client closed the connection while the server had not answered: cancelled. */
        HUNG_UP
    }
}
