package dev.concurrenthttp.step4.exercises;

import dev.concurrenthttp.step4.Session;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Exercise 4.3: the first mirror to answer.
 *
 * <p>Learn how to race blocking calls: ask every mirror at once, take the first body that comes
 * back with a 2xx status, and cancel the others, whose threads are interrupted and whose
 * connections are closed.
 *
 * @see ExecutorService#invokeAny(java.util.Collection)
 */
public class FirstToAnswer {

    // tag::starter[]
    public String fetchFirst(Session session, List<URI> mirrors) throws Exception {
        // TODO Ask every mirror at once, return the first good body to come back, and cancel the rest
        return session.get(mirrors.getFirst()).raiseForStatus().text();
    }
    // end::starter[]
}
