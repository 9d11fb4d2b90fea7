package dev.concurrenthttp.httpbin.scenarios;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** What the server counts: connections open, requests pending per scenario, and the last exchanges. */
final class Tally {

    /** Enough for a few runs of the 10,000-request race. */
    private static final int EXCHANGES_KEPT = 50_000;

    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicIntegerArray pending = new AtomicIntegerArray(Scenarios.COUNT + 1); // [0]: other paths
    private final Deque<Exchange> exchanges = new ArrayDeque<>();

    void connectionOpened() {
        connections.incrementAndGet();
    }

    void connectionClosed() {
        connections.decrementAndGet();
    }

    int connections() {
        return connections.get();
    }

    void arrived(int scenario) {
        pending.incrementAndGet(scenario);
    }

    void ended(Exchange exchange) {
        if (exchange.scenario() > 0) {
            synchronized (exchanges) {
                if (exchanges.size() == EXCHANGES_KEPT) {
                    exchanges.removeFirst();
                }
                exchanges.addLast(exchange);
            }
        }
        pending.decrementAndGet(exchange.scenario());
    }

    int pending(int scenario) {
        return pending.get(scenario);
    }

    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    void forgetExchanges() {
        synchronized (exchanges) {
            exchanges.clear();
        }
    }
}
