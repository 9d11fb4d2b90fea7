package dev.concurrenthttp.step4.exercises;

import dev.concurrenthttp.concurrency.VirtualThreads;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * Exercise 4.2: at most N at once.
 *
 * <p>Learn how to bound concurrency when threads cost nothing. Virtual threads do not run out,
 * but sockets, file descriptors and the server's patience do: let only {@code limit} calls run
 * at a time, and let the rest wait, cheaply, for a permit.
 *
 * @see Semaphore#acquire()
 * @see Semaphore#release()
 * @see VirtualThreads#gather(List)
 */
public class AtMostNAtOnce {

    // tag::starter[]
    public <T> List<T> gather(int limit, List<Callable<T>> calls) throws Exception {
        // TODO Let at most `limit` calls run at the same time; the others wait for a permit
        return VirtualThreads.gather(calls);
    }
    // end::starter[]
}
