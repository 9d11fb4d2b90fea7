package dev.concurrenthttp.contract;

import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One fault provoked through a step's {@link Fetcher}: a batch of the faulty URL and a healthy
 * one, fetched with two in flight, and what came back.
 *
 * @param faulty  the outcome of the faulty URL
 * @param healthy the outcome of the healthy URL fetched in the same batch
 * @param took    the wall clock of the whole batch
 */
public record FaultTrial(Fault fault, URI url, Outcome faulty, Outcome healthy, Duration took) {

    public static FaultTrial run(Fetcher fetcher, FaultServers servers, Fault fault, Duration deadline) {
        URI url = servers.url(fault);
        long start = System.nanoTime();
        List<Outcome> outcomes = fetcher.fetchAll(new Batch(List.of(url, servers.healthyUrl()), 2, deadline));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new FaultTrial(fault, url, outcomes.get(0), outcomes.get(1), took);
    }
}
