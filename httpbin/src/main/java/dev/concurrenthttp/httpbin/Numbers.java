package dev.concurrenthttp.httpbin;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads numbers from paths and query parameters as httpbin's Python does ({@code float()} and
 * {@code int()}), minus the digit-group underscores, and without Java's extras such as
 * {@code 1d} or hexadecimal floats.
 */
final class Numbers {

    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?(inf|infinity|nan)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INT = Pattern.compile("[+-]?[0-9]+");

    private Numbers() {
    }

    static double parseFloat(String text) {
        String s = text.strip();
        if (!FLOAT.matcher(s).matches()) {
            throw new NumberFormatException(text);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith("inf") || lower.endsWith("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return lower.endsWith("nan") ? Double.NaN : Double.parseDouble(s);
    }

    /** An integer, saturated to the range of long: a huge count is still a number to cap. */
    static long parseInt(String text) {
        String s = text.strip();
        if (!INT.matcher(s).matches()) {
            throw new NumberFormatException(text);
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException tooLong) {
            return s.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
