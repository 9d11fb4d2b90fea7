package dev.concurrenthttp.step4.exercises;

import dev.concurrenthttp.step4.Session;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Exercise 4.1: one virtual thread per request.
 *
 * <p>Learn how to make plain blocking calls concurrent: give each its own virtual thread, then
 * collect the results in the order the URLs were given.
 *
 * @see Executors#newVirtualThreadPerTaskExecutor()
 * @see ExecutorService#submit(java.util.concurrent.Callable)
 * @see Future#get()
 */
public class FetchAllAtOnce {

    // tag::starter[]
    public List<String> fetchAll(Session session, List<URI> urls) throws Exception {
        // TODO Fetch every URL on a virtual thread of its own; return the bodies in input order
        List<String> bodies = new ArrayList<>();
        for (URI url : urls) {
            bodies.add(session.get(url).raiseForStatus().text());
        }
        return bodies;
    }
    // end::starter[]
}
