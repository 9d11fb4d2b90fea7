package dev.concurrenthttp.step4.exercises;

import dev.concurrenthttp.step4.Session;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Exercise 3: the first mirror to answer.
 *
 * <p>Learn how to race blocking calls: ask every mirror at once, take the first body that comes
 * back, and cancel the others, whose threads are interrupted and whose connections are closed.
 *
 * @see ExecutorService#invokeAny(java.util.Collection)
 */
public class FirstToAnswer {

    // tag::starter[]
    public String fetchFirst(Session session, List<URI> mirrors) throws Exception {
        // TODO Ask every mirror at once and return the first body to come back
        return session.get(mirrors.getFirst()).raiseForStatus().text();
    }
    // end::starter[]
}
