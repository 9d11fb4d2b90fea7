package dev.concurrenthttp.step3.exercises;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.support.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Exercise 3.2: print each body as it arrives.
 *
 * <p>Learn how to take results in the order they finish. {@code gather} waits for them all and
 * keeps the order they were asked in; a program that can use each answer on its own should use
 * it as soon as it comes, as {@code for next in asyncio.as_completed(tasks): print(await next)}
 * does. Write that loop yourself, without {@code Futures.asCompleted}: each request, as it ends,
 * hands itself to the loop, and the loop, on the caller's thread, takes them one by one.
 *
 * @see CompletableFuture#whenComplete(java.util.function.BiConsumer)
 * @see BlockingQueue#take()
 */
public class PrintAsTheyArrive {

    // tag::starter[]
    public void fetchAll(AsyncSession session, List<URI> urls, Consumer<String> print)
            throws InterruptedException {
        List<CompletableFuture<Response>> requests = urls.stream().map(session::get).toList();
        // TODO Print each body as soon as its response arrives, from this thread, with a loop
        //  of your own: let each request hand itself over as it ends, and take them one by one
        for (CompletableFuture<Response> request : requests) {
            print.accept(request.join().text());
        }
    }
    // end::starter[]
}
