package dev.concurrenthttp.cli;

/**
 * Round numbers for a chart's axis: about eight ticks of 1, 2 or 5 times a power of ten. The
 * timelines and the benchmark's bar charts share it.
 */
public final class AxisTicks {

    private AxisTicks() {
    }

    /** The axis length to draw for {@code value}: the next whole tick at or above it. */
    public static double niceSpan(double value) {
        double step = step(Math.max(value, 1e-3));
        return Math.max(step, Math.ceil(value / step - 1e-9) * step);
    }

    /** The distance between ticks on an axis of length {@code span}. */
    public static double step(double span) {
        double raw = span / 8;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
