package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static final URI URL = URI.create("http://127.0.0.1:1/x");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void timedRecordsABlockingAttemptsBodyAndWhenItRan() {
        long before = System.nanoTime();

        Outcome outcome = Outcome.timed(URL, TIMEOUT, () -> "body");

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Success.class, success -> {
            assertThat(success.body()).isEqualTo("body");
            assertThat(success.startNanos()).isBetween(before, success.endNanos());
        });
    }

    @Test
    void aRequestStartsWhenItGetsItsTurnUnderTheLimit() throws Exception {
        StartTime started = new StartTime();

        Outcome outcome = Outcome.timed(URL, TIMEOUT, started, () -> {
            Thread.sleep(50); // waiting for its turn
            started.markNow();
            return "body";
        });
        long afterTheWait = outcome.endNanos() - outcome.startNanos();

        assertThat(afterTheWait).as("nanoseconds from its turn to its end").isLessThan(50_000_000);
    }

    @Test
    void aRequestThatNeverGotItsTurnTakesNoTime() {
        Outcome outcome = Outcome.timed(URL, TIMEOUT, new StartTime(), () -> {
            Thread.sleep(20);
            throw new TimeoutException("no free slot within the deadline");
        });

        assertThat(outcome.startNanos()).isEqualTo(outcome.endNanos());
        assertThat(outcome).isInstanceOf(Outcome.Failure.class);
    }

    @Test
    void timedClassifiesWhatABlockingAttemptThrew() {
        Outcome outcome = Outcome.timed(URL, TIMEOUT, () -> {
            throw new ConnectException("refused");
        });

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Failure.class,
                failure -> assertThat(failure.error()).isInstanceOf(ConnectFailedException.class));
    }

    @Test
    void ofTurnsWhatAFutureCompletedWithIntoAnOutcome() {
        CompletableFuture<Outcome> succeeded = CompletableFuture.completedFuture("body")
                .handle((body, error) -> Outcome.of(URL, TIMEOUT, body, error, 10, 20));
        CompletableFuture<Outcome> timedOut = CompletableFuture.<String>failedFuture(new TimeoutException())
                .handle((body, error) -> Outcome.of(URL, TIMEOUT, body, error, 10, 30));

        assertThat(succeeded.join()).isEqualTo(new Outcome.Success(URL, "body", 10, 20));
        assertThat(timedOut.join()).isInstanceOfSatisfying(Outcome.Failure.class, failure -> {
            assertThat(failure.error()).isInstanceOf(RequestTimeoutException.class);
            assertThat(failure.startNanos()).isEqualTo(10);
            assertThat(failure.endNanos()).isEqualTo(30);
        });
    }

    @Test
    void ofLooksThroughTheCompletionExceptionADependentStageSees() {
        HttpStatusException notFound = new HttpStatusException(URL, 404);

        Outcome outcome = Outcome.of(URL, TIMEOUT, null, new CompletionException(notFound), 0, 1);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Failure.class,
                failure -> assertThat(failure.error()).isSameAs(notFound));
    }

    @Test
    void ofCallsACancelledRequestACancellationNotASuccess() {
        Outcome outcome = Outcome.of(URL, TIMEOUT, null, new CancellationException(), 0, 1);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Failure.class,
                failure -> assertThat(failure.error()).isInstanceOf(CancelledException.class));
    }
}
