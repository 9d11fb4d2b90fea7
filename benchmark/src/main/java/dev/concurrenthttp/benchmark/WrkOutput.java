package dev.concurrenthttp.benchmark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code wrk} prints: its {@code Requests/sec:} line, refused where wrk also reports
 * answers outside 2xx/3xx or socket errors, which would make the ceiling a count of failures.
 */
final class WrkOutput {

    private static final Pattern RATE = Pattern.compile("(?m)^Requests/sec:\\s+([0-9.]+)\\s*$");
    private static final Pattern NON_2XX = Pattern.compile("(?m)^\\s*Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("(?m)^\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private WrkOutput() {
    }

    static double requestsPerSecond(String output) {
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find() && Long.parseLong(non2xx.group(1)) > 0) {
            throw new IllegalArgumentException("wrk got " + non2xx.group(1) + " answers outside 2xx/3xx");
        }
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            long total = 0;
            for (int group = 1; group <= 4; group++) {
                total += Long.parseLong(errors.group(group));
            }
            if (total > 0) {
                throw new IllegalArgumentException("wrk reported socket errors: " + errors.group().strip());
            }
        }
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalArgumentException("no Requests/sec line in wrk's output: " + output.strip());
        }
        return Double.parseDouble(rate.group(1));
    }
}
