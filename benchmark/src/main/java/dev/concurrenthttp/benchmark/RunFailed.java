package dev.concurrenthttp.benchmark;

/**
 * The run cannot go on, for a reason outside the benchmark's code: a server that did not start,
 * a tool that failed, no free port. The command prints its message in one line; any other
 * exception is a bug and keeps its stack trace.
 */
final class RunFailed extends RuntimeException {

    RunFailed(String message) {
        super(message);
    }

    RunFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
