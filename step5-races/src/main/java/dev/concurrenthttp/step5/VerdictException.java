package dev.concurrenthttp.step5;

/**
 * The scenario server's own verdict against a client: a status other than 2xx, with its reason
 * in the body.
 */
public final class VerdictException extends Exception {

    private static final long serialVersionUID = 1L;

    public VerdictException(int status, String body) {
        super("the server answered " + status + ": " + body);
    }
}
