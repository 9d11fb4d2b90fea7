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
