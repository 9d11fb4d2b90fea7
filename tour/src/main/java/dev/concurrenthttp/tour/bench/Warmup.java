package dev.concurrenthttp.tour.bench;

import java.util.List;

/**
 * When to stop warming up: after at least {@code minSeconds}, once the last two runs agree within
 * 10%; or, if they never settle, at three times {@code minSeconds}. The JIT compiles the hot
 * paths, the pools fill and the caches warm during the first runs; the counted runs start after.
 */
record Warmup(double minSeconds) {

    static final double AGREEMENT = 0.10;

    Warmup {
        if (minSeconds < 0) {
            throw new IllegalArgumentException("warm-up seconds must not be negative, got " + minSeconds);
        }
    }

    boolean done(List<Double> runSeconds, double elapsedSeconds) {
        if (runSeconds.isEmpty()) {
            return false;
        }
        if (minSeconds == 0 || elapsedSeconds >= 3 * minSeconds) {
            return true;
        }
        return elapsedSeconds >= minSeconds && settled(runSeconds);
    }

    static boolean settled(List<Double> runSeconds) {
        if (runSeconds.size() < 2) {
            return false;
        }
        double last = runSeconds.getLast();
        double before = runSeconds.get(runSeconds.size() - 2);
        return Math.abs(last - before) <= AGREEMENT * Math.min(last, before);
    }
}
