package dev.concurrenthttp.step4;

import dev.concurrenthttp.support.Response;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeoutException;

/** requests' module-level functions: one call, one throwaway session. */
public final class Requests {

    private Requests() {
    }

    // tag::get[]
    public static Response get(URI url) throws IOException, InterruptedException, TimeoutException {
        try (Session session = new Session()) { // a pool per call: fine for one, wasteful for many
            return session.get(url);
        }
    }
    // end::get[]
}
