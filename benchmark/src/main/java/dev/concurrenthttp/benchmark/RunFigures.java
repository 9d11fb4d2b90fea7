package dev.concurrenthttp.benchmark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One counted run of a job, as the measured program reports it on one line of its output:
 * {@code run seconds=1.0312 ok=100 failed=0 rss=81234944 threads=17 sockets=100}. The Java
 * client and the Python reference print the same line, so one parser reads both.
 *
 * <p>{@code rss}, {@code threads} and {@code sockets} are peaks of the whole process so far:
 * resident memory in bytes, platform (operating-system) threads, and open sockets.
 */
record RunFigures(double seconds, int ok, int failed, long peakRssBytes, int peakThreads, int peakSockets) {

    static final String PREFIX = "run ";

    String line() {
        return String.format(Locale.ROOT, "%sseconds=%.6f ok=%d failed=%d rss=%d threads=%d sockets=%d",
                PREFIX, seconds, ok, failed, peakRssBytes, peakThreads, peakSockets);
    }

    static boolean isRunLine(String line) {
        return line.startsWith(PREFIX);
    }

    static RunFigures parse(String line) {
        if (!isRunLine(line)) {
            throw new IllegalArgumentException("not a run line: " + line);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : line.substring(PREFIX.length()).strip().split(" +")) {
            int equals = field.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("not a key=value field: " + field + " in: " + line);
            }
            fields.put(field.substring(0, equals), field.substring(equals + 1));
        }
        try {
            return new RunFigures(Double.parseDouble(get(fields, "seconds", line)),
                    Integer.parseInt(get(fields, "ok", line)), Integer.parseInt(get(fields, "failed", line)),
                    Long.parseLong(get(fields, "rss", line)), Integer.parseInt(get(fields, "threads", line)),
                    Integer.parseInt(get(fields, "sockets", line)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in: " + line, e);
        }
    }

    private static String get(Map<String, String> fields, String key, String line) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key + "= in: " + line);
        }
        return value;
    }
}
