package dev.concurrenthttp.step4.exercises.solutions;

import dev.concurrenthttp.step4.Session;
import dev.concurrenthttp.step4.exercises.FetchAllAtOnce;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class FetchAllAtOnceSolution extends FetchAllAtOnce {

    // tag::solution[]
    @Override
    public List<String> fetchAll(Session session, List<URI> urls) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> futures = new ArrayList<>();
            for (URI url : urls) {
                futures.add(threads.submit(() -> session.get(url).raiseForStatus().text()));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<String> future : futures) {
                bodies.add(future.get());
            }
            return bodies;
        }
    }
    // end::solution[]
}
