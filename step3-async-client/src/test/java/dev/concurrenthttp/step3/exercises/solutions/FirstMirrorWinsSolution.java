package dev.concurrenthttp.step3.exercises.solutions;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.support.Response;
import dev.concurrenthttp.step3.exercises.FirstMirrorWins;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

public class FirstMirrorWinsSolution extends FirstMirrorWins {

    // tag::solution[]
    @Override
    public CompletableFuture<String> fetchFromFirst(AsyncSession session, List<URI> mirrors) {
        List<CompletableFuture<Response>> requests = mirrors.stream().map(session::get).toList();
        CompletableFuture<String> first = new CompletableFuture<>();
        AtomicInteger failed = new AtomicInteger();
        for (CompletableFuture<Response> request : requests) {
            CompletableFuture<String> body = request.thenApply(reply -> reply.raiseForStatus().text());
            body.whenComplete((text, error) -> {
                if (error == null) {
                    first.complete(text);
                } else if (failed.incrementAndGet() == requests.size()) {
                    first.completeExceptionally(error); // every mirror failed: say why the last did
                }
            });
        }
        first.whenComplete((body, error) -> requests.forEach(request -> request.cancel(true)));
        return first;
    }
    // end::solution[]
}
