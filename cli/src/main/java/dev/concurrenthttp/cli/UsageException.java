package dev.concurrenthttp.cli;

/** Bad command-line input; its message names the input and what was wrong with it. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
