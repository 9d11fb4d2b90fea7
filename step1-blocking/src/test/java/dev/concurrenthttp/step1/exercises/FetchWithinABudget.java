package dev.concurrenthttp.step1.exercises;

import dev.concurrenthttp.step1.BlockingClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Exercise 1.2: one budget for the whole loop.
 *
 * <p>Learn how waiting adds up when requests run one after another. Each request can have its
 * own deadline, but a caller usually has one budget for the whole job: then every request may
 * use only what the ones before it left over.
 *
 * @see BlockingClient#fetch(URI, Duration)
 * @see System#nanoTime()
 */
public class FetchWithinABudget {

    protected final BlockingClient client = new BlockingClient();

    // tag::starter[]
    public List<String> fetchAll(List<URI> urls, Duration budget)
            throws IOException, InterruptedException {
        // TODO Fetch the URLs in order, giving each request only what is left of the budget;
        //  return the bodies that came back in time and stop at the first request that runs out
        return List.of();
    }
    // end::starter[]
}
