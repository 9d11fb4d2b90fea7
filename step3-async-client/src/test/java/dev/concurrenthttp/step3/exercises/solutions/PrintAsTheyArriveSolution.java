package dev.concurrenthttp.step3.exercises.solutions;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.support.Response;
import dev.concurrenthttp.step3.exercises.PrintAsTheyArrive;
import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

public class PrintAsTheyArriveSolution extends PrintAsTheyArrive {

    // tag::solution[]
    @Override
    public void fetchAll(AsyncSession session, List<URI> urls, Consumer<String> print)
            throws InterruptedException {
        List<CompletableFuture<Response>> requests = urls.stream().map(session::get).toList();
        BlockingQueue<CompletableFuture<Response>> ended = new LinkedBlockingQueue<>();
        for (CompletableFuture<Response> request : requests) {
            request.whenComplete((response, error) -> ended.add(request));
        }
        for (int i = 0; i < requests.size(); i++) {
            print.accept(ended.take().join().text()); // the earliest of those not yet printed
        }
    }
    // end::solution[]
}
