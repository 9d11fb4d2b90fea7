package dev.concurrenthttp.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): a number of seconds, or an
 * HTTP date, as the wait it asks for.
 */
public final class RetryAfter {

    /** {@code Sun Nov  6 08:49:37 1994}: C's asctime(), the day padded with a space. */
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

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
        return date(text, now).map(when -> {
            Duration wait = Duration.between(now, when);
            return wait.isNegative() ? Duration.ZERO : wait;
        });
    }

    // tag::dates[]
    /**
     * An HTTP date in any of the three forms RFC 9110 (section 5.6.7) requires a recipient to
     * read: IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT}, the one senders use today; and
     * the obsolete RFC 850 form, {@code Sunday, 06-Nov-94 08:49:37 GMT}, and asctime form.
     */
    static Optional<Instant> date(String text, Instant now) {
        List<DateTimeFormatter> forms = List.of(DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(now), ASCTIME);
        for (DateTimeFormatter form : forms) {
            try {
                return Optional.of(ZonedDateTime.parse(text, form).toInstant());
            } catch (DateTimeParseException notThisForm) {
                // try the next
            }
        }
        return Optional.empty();
    }

    /**
     * RFC 850's two-digit year is read, as RFC 9110 says, as the year with those digits that
     * is at most 50 years after {@code now}.
     */
    private static DateTimeFormatter rfc850(Instant now) {
        int thisYear = now.atZone(ZoneOffset.UTC).getYear();
        return new DateTimeFormatterBuilder()
                .appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.of(thisYear - 49, 1, 1))
                .appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.ENGLISH)
                .withZone(ZoneOffset.UTC);
    }
    // end::dates[]
}
