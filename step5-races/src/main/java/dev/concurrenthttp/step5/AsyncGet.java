package dev.concurrenthttp.step5;

import dev.concurrenthttp.support.HttpStatusException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** How the futures course makes a request: the one thing its two styles do differently. */
public interface AsyncGet extends AutoCloseable {

    /** An answer of any status, read to its end. */
    record Reply(URI url, int status, String body) {

        /** The body of a 2xx answer; for any other status, {@link HttpStatusException}. */
        public String bodyIf2xx() {
            HttpStatusException.requireSuccess(url, status);
            return body;
        }
    }

    /**
     * Starts {@code GET pathAndQuery} on the scenario server and reads its answer, whatever its
     * status. Cancelling the future ends the exchange, and the server sees the connection close.
     */
    CompletableFuture<Reply> send(String pathAndQuery);

    // tag::get[]
    /**
     * {@link #send}, but only the body of a 2xx answer counts: any other status fails the
     * future, and so loses a race.
     */
    default CompletableFuture<String> get(String pathAndQuery) {
        return FutureRace.map(send(pathAndQuery), Reply::bodyIf2xx);
    }
    // end::get[]

    @Override
    void close();
}
