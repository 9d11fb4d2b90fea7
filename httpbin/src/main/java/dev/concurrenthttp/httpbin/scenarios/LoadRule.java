package dev.concurrenthttp.httpbin.scenarios;

import static dev.concurrenthttp.httpbin.scenarios.Answer.right;
import static dev.concurrenthttp.httpbin.scenarios.Answer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 10. {@code GET /10?ID} is the blocker, held 5 to 9 seconds while the client keeps a
 * CPU busy; {@code GET /10?ID=LOAD} reports the process's load in busy cores, once a second.
 * While the blocker is open a report gets 302 (go on). After it: 400 if there were fewer
 * reports than the blocker's seconds less one; 302 while the load is still above 0.3; 400 if
 * the mean load while blocked was under 0.8; else right.
 */
final class LoadRule {

    static final double IDLE = 0.3;
    static final double BUSY = 0.8;
    private static final long FORGET_AFTER_NANOS = TimeUnit.MINUTES.toNanos(2);

    private static final class Blocker {
        final long startedNanos = System.nanoTime();
        final int holdSeconds;
        final List<Double> readings = new ArrayList<>();
        boolean open = true;

        Blocker(int holdSeconds) {
            this.holdSeconds = holdSeconds;
        }
    }

    private final Map<String, Blocker> blockers = new ConcurrentHashMap<>();

    Answer answer(String query) throws InterruptedException {
        int equals = query.indexOf('=');
        if (query.isEmpty() || equals == 0) {
            return text(400, "scenario 10 takes ?ID for the blocker, or ?ID=LOAD for a report");
        }
        return equals < 0 ? block(query) : report(query.substring(0, equals), query.substring(equals + 1));
    }

    private Answer block(String id) throws InterruptedException {
        long now = System.nanoTime();
        blockers.values().removeIf(old -> now - old.startedNanos > FORGET_AFTER_NANOS);
        Blocker blocker = new Blocker(ThreadLocalRandom.current().nextInt(5, 10));
        blockers.put(id, blocker);
        try {
            Thread.sleep(blocker.holdSeconds * 1000L);
            return text(200, "the blocker was held " + blocker.holdSeconds + " s");
        } finally {
            synchronized (blocker) {
                blocker.open = false;
            }
        }
    }

    private Answer report(String id, String value) {
        double load;
        try {
            load = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return text(400, "the load must be a number of busy cores, not " + value);
        }
        Blocker blocker = blockers.get(id);
        if (blocker == null) {
            return text(302, "no blocker " + id + " yet: go on");
        }
        synchronized (blocker) {
            if (blocker.open) {
                blocker.readings.add(load);
                return text(302, "the blocker is open: go on");
            }
            if (blocker.readings.size() < blocker.holdSeconds - 1) {
                blockers.remove(id);
                return text(400, "wrong: " + blocker.readings.size() + " reports while the blocker was held "
                        + blocker.holdSeconds + " s, not one a second");
            }
            if (load > IDLE) {
                return text(302, format("the load is still %.2f, above %.1f: go on", load, IDLE));
            }
            blockers.remove(id);
            double mean = blocker.readings.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            return mean < BUSY ? text(400, format("wrong: the mean load while blocked was %.2f, under %.1f", mean, BUSY))
                    : right();
        }
    }

    private static String format(String pattern, double a, double b) {
        return String.format(Locale.ROOT, pattern, a, b);
    }
}
