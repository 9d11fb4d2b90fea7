package dev.concurrenthttp.step4.exercises.solutions;

import dev.concurrenthttp.step4.Session;
import dev.concurrenthttp.step4.exercises.FirstToAnswer;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class FirstToAnswerSolution extends FirstToAnswer {

    // tag::solution[]
    @Override
    public String fetchFirst(Session session, List<URI> mirrors) throws Exception {
        List<Callable<String>> asks = mirrors.stream()
                .<Callable<String>>map(url -> () -> session.get(url).raiseForStatus().text())
                .toList();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            return threads.invokeAny(asks); // the first success wins; the rest are interrupted
        }
    }
    // end::solution[]
}
