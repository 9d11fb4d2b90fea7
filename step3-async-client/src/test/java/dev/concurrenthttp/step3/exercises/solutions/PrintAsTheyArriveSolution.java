package dev.concurrenthttp.step3.exercises.solutions;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.support.Response;
import dev.concurrenthttp.step3.exercises.PrintAsTheyArrive;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

public class PrintAsTheyArriveSolution extends PrintAsTheyArrive {

    // tag::solution[]
    @Override
    public void fetchAll(AsyncSession session, List<URI> urls, Consumer<String> print) {
        List<CompletableFuture<Response>> requests = urls.stream().map(session::get).toList();
        for (CompletableFuture<Response> next : Futures.asCompleted(requests)) {
            print.accept(next.join().text());
        }
    }
    // end::solution[]
}
