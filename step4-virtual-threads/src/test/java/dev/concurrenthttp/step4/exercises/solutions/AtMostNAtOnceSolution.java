package dev.concurrenthttp.step4.exercises.solutions;

import dev.concurrenthttp.concurrency.VirtualThreads;
import dev.concurrenthttp.step4.exercises.AtMostNAtOnce;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

public class AtMostNAtOnceSolution extends AtMostNAtOnce {

    // tag::solution[]
    @Override
    public <T> List<T> gather(int limit, List<Callable<T>> calls) throws Exception {
        Semaphore permits = new Semaphore(limit);
        List<Callable<T>> limited = calls.stream().<Callable<T>>map(call -> () -> {
            permits.acquire();
            try {
                return call.call();
            } finally {
                permits.release();
            }
        }).toList();
        return VirtualThreads.gather(limited);
    }
    // end::solution[]
}
