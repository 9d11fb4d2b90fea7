package dev.concurrenthttp.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): a number of seconds, or an
 * HTTP date, as the wait it asks for.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The wait {@code value} asks for, counted from {@code now} if it is a date (a date already
     * past asks for none), or empty if it is neither a number of seconds nor an HTTP date.
     */
    public static Optional<Duration> parse(String value, Instant now) {
        String text = value.strip();
        if (text.matches("[0-9]+")) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException tooLong) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE)); // "not in this lifetime"
            }
        }
        try {
            // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT", the one form senders may use today.
            Instant when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, when);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
