package dev.concurrenthttp.benchmark;

import java.util.List;

/**
 * The counted runs of one row in three figures: the median, which one slow run cannot move, and
 * the fastest and slowest run, which show how much the runs disagreed.
 */
record Spread(double median, double min, double max, int runs) {

    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no runs to summarise");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /** The same runs on another scale, such as seconds over the floor. */
    Spread scaled(double factor) {
        return new Spread(median * factor, min * factor, max * factor, runs);
    }

    /** Turns seconds into a rate: the slowest run becomes the lowest rate. */
    Spread inverted(double numerator) {
        return new Spread(numerator / median, numerator / max, numerator / min, runs);
    }
}
