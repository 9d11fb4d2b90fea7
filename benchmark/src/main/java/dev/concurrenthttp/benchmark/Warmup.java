package dev.concurrenthttp.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * When to step warming up: after at least {@code minSeconds}, once the last three runs agree within
 * 10%; or, if they never settle, at three times {@code minSeconds}. The JIT compiles the hot
 * paths, the pools fill and the caches warm during the first runs; the counted runs start after.
 * Two runs are not enough: two slow ones can agree while the JIT is still at work. Step 3's T1
 * once stopped after four warm-up runs in 11.5 s, and its counted runs then fell from 1.6 s to
 * 0.6 s.
 */
record Warmup(double minSeconds) {

    static final double AGREEMENT = 0.10;
    static final int AGREEING_RUNS = 3;

    Warmup {
        if (minSeconds < 0) {
            throw new IllegalArgumentException("warm-up seconds must not be negative, got " + minSeconds);
        }
    }

    /** Runs {@code run}, which returns its seconds, until warm; prints the line the parent reads. */
    void warmUp(DoubleSupplier run, PrintStream out) {
        List<Double> seconds = new ArrayList<>();
        long start = System.nanoTime();
        do {
            seconds.add(run.getAsDouble());
        } while (!done(seconds, (System.nanoTime() - start) / 1e9));
        out.printf(Locale.ROOT, "warmup runs=%d seconds=%.1f settled=%b%n", seconds.size(),
                (System.nanoTime() - start) / 1e9, settled(seconds));
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
        if (runSeconds.size() < AGREEING_RUNS) {
            return false;
        }
        List<Double> last = runSeconds.subList(runSeconds.size() - AGREEING_RUNS, runSeconds.size());
        double fastest = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double slowest = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return slowest - fastest <= AGREEMENT * fastest;
    }
}
