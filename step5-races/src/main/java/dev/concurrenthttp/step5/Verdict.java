package dev.concurrenthttp.step5;

import java.util.Locale;

/**
 * How one scenario went in one style: right or wrong (and why), how long it took, and the most
 * platform threads the JVM had alive meanwhile.
 */
public record Verdict(String style, int scenario, boolean right, String why, double seconds, int platformThreads) {

    /** {@code scenario N (STYLE): right}, or {@code scenario N (STYLE): wrong (why)}. */
    public String line() {
        return "scenario " + scenario + " (" + style + "): " + (right ? "right" : "wrong (" + why + ")");
    }

    /** {@code style,scenario,verdict,seconds,platform_threads}, the columns of {@link #CSV_HEADER}. */
    public String csv() {
        return String.format(Locale.ROOT, "%s,%d,%s,%.3f,%d", style, scenario, right ? "right" : "wrong",
                seconds, platformThreads);
    }

    public static final String CSV_HEADER = "style,scenario,verdict,seconds,platform_threads";
}
