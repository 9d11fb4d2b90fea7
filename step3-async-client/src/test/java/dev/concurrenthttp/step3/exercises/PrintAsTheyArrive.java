package dev.concurrenthttp.step3.exercises;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.support.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Exercise 2: print each body as it arrives.
 *
 * <p>Learn to take results in the order they finish. {@code gather} waits for them all and keeps
 * the order they were asked in; a program that can use each answer on its own should use it as
 * soon as it comes, as {@code for next in asyncio.as_completed(tasks): print(await next)} does.
 *
 * @see Futures#asCompleted(java.util.Collection)
 */
public class PrintAsTheyArrive {

    // tag::starter[]
    public void fetchAll(AsyncSession session, List<URI> urls, Consumer<String> print) {
        List<CompletableFuture<Response>> requests = urls.stream().map(session::get).toList();
        // TODO Print each body as soon as it arrives, not in the order the URLs were given
        for (CompletableFuture<Response> request : requests) {
            print.accept(request.join().text());
        }
    }
    // end::starter[]
}
