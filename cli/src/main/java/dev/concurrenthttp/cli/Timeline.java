package dev.concurrenthttp.cli;

import dev.concurrenthttp.support.Outcome;
import java.util.List;

/**
 * When each request of a run started and ended, in seconds since the run began: the picture
 * that shows a staircase for one-at-a-time code and a wall of overlapping bars for concurrent
 * code.
 */
public record Timeline(List<Bar> bars, double seconds) {

    /** One request: its label (path and query), its start and end, and whether it succeeded. */
    public record Bar(String label, double start, double end, boolean ok) {
    }

    public Timeline {
        bars = List.copyOf(bars);
    }

    /**
     * @param originNanos the {@link System#nanoTime()} reading when the run began
     * @param endNanos    the reading when its last result came back
     */
    public static Timeline of(List<Outcome> outcomes, long originNanos, long endNanos) {
        List<Bar> bars = outcomes.stream()
                .map(o -> new Bar(label(o), seconds(o.startNanos() - originNanos),
                        seconds(o.endNanos() - originNanos), o.succeeded()))
                .toList();
        double end = seconds(endNanos - originNanos);
        for (Bar bar : bars) {
            end = Math.max(end, bar.end());
        }
        return new Timeline(bars, end);
    }

    private static String label(Outcome outcome) {
        String path = outcome.url().getRawPath();
        String query = outcome.url().getRawQuery();
        String label = (path == null || path.isEmpty()) ? "/" : path;
        return query == null ? label : label + "?" + query;
    }

    private static double seconds(long nanos) {
        return Math.max(0, nanos) / 1e9;
    }
}
