package dev.concurrenthttp.support;

import java.net.URI;
import java.util.Objects;

/**
 * What became of one request: its body, or the typed reason it failed, with the
 * {@link System#nanoTime()} readings taken when it started and when it ended.
 */
public sealed interface Outcome {

    URI url();

    long startNanos();

    long endNanos();

    default boolean succeeded() {
        return this instanceof Success;
    }

    /** A 2xx response, read to its end. */
    record Success(URI url, int status, String body, long startNanos, long endNanos) implements Outcome {
        public Success {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(body, "body");
        }
    }

    /** Anything else: a status outside 2xx, a timeout, a refused or reset connection, a malformed response. */
    record Failure(URI url, FetchException error, long startNanos, long endNanos) implements Outcome {
        public Failure {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(error, "error");
        }
    }
}
