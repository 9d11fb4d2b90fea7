package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void readsANumberOfSeconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Sun, 01 Jun 2025 12:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
    }

    @Test
    void readsTheObsoleteDateFormsRfc9110RequiresRecipientsToAccept() {
        assertThat(RetryAfter.parse("Sunday, 01-Jun-25 12:00:30 GMT", NOW)).as("RFC 850").contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sun Jun  1 12:00:30 2025", NOW)).as("asctime").contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thu Jun 12 12:00:00 2025", NOW)).as("asctime, two-digit day")
                .contains(Duration.ofDays(11));
    }

    @Test
    void readsATwoDigitYearMoreThan50YearsAheadAsThePast() {
        assertThat(RetryAfter.date("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).contains(Instant.parse("1994-11-06T08:49:37Z"));
        assertThat(RetryAfter.date("Monday, 01-Jun-43 12:00:00 GMT", NOW)).as("2043: 18 years ahead")
                .contains(Instant.parse("2043-06-01T12:00:00Z"));
        assertThat(RetryAfter.date("Friday, 01-Jun-84 12:00:00 GMT", NOW)).as("2084 would be 59 years ahead")
                .contains(Instant.parse("1984-06-01T12:00:00Z"));
    }

    @Test
    void aDateAlreadyPastAsksForNoWait() {
        assertThat(RetryAfter.parse("Sun, 01 Jun 2025 11:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void aNumberTooBigForALongIsStillAVeryLongWaitNotNone() {
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).hasValueSatisfying(
                wait -> assertThat(wait).isGreaterThan(Duration.ofDays(365_000)));
    }

    @Test
    void ignoresWhatIsNeitherSecondsNorADate() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Sun, 01 Jun 2025 12:00:30", NOW)).as("no zone").isEmpty();
        assertThat(RetryAfter.parse("Monday, 01-Jun-25 12:00:30 GMT", NOW)).as("the wrong weekday").isEmpty();
    }

    @Test
    void anHttpStatusExceptionKeepsTheWaitItsResponseAskedFor() {
        HttpStatusException withHeader = statusFailure(() ->
                HttpStatusException.requireSuccess(java.net.URI.create("http://h/x"), 503, java.util.Optional.of("7")));
        HttpStatusException withNonsense = statusFailure(() ->
                HttpStatusException.requireSuccess(java.net.URI.create("http://h/x"), 503, java.util.Optional.of("later")));

        assertThat(withHeader.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(withNonsense.retryAfter()).isEmpty();
    }

    private static HttpStatusException statusFailure(Runnable check) {
        try {
            check.run();
        } catch (HttpStatusException e) {
            return e;
        }
        throw new AssertionError("no HttpStatusException thrown");
    }
}
