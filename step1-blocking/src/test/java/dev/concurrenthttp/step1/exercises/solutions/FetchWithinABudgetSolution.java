package dev.concurrenthttp.step1.exercises.solutions;

import dev.concurrenthttp.step1.exercises.FetchWithinABudget;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

public class FetchWithinABudgetSolution extends FetchWithinABudget {

    // tag::solution[]
    @Override
    public List<String> fetchAll(List<URI> urls, Duration budget)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + budget.toNanos();
        List<String> bodies = new ArrayList<>();
        for (URI url : urls) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                break;
            }
            try {
                bodies.add(client.fetch(url, left));
            } catch (TimeoutException | HttpTimeoutException e) { // whichever timer fires first
                break;
            }
        }
        return bodies;
    }
    // end::solution[]
}
