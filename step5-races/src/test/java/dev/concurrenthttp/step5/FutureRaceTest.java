package dev.concurrenthttp.step5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FutureRaceTest {

    @Test
    void theFirstSuccessWinsAndTheLosersAreCancelledAtOnce() {
        CompletableFuture<String> fails = new CompletableFuture<>();
        CompletableFuture<String> wins = new CompletableFuture<>();
        CompletableFuture<String> slow = new CompletableFuture<>();
        CompletableFuture<String> race = FutureRace.race(fails, wins, slow);

        fails.completeExceptionally(new IOException("reset"));
        assertThat(race).isNotDone();
        wins.complete("right");

        assertThat(race).isCompletedWithValue("right");
        assertThat(slow).isCancelled();
    }

    @Test
    void whenEveryRacerFailsTheRaceFailsWithAllTheFailures() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<String> race = FutureRace.race(first, second);

        second.completeExceptionally(new IOException("second"));
        first.completeExceptionally(new IOException("first"));

        assertThat(race).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(AllFailedException.class, all ->
                        assertThat(all.failures()).extracting(Throwable::getMessage).containsExactly("second", "first"));
    }

    @Test
    void cancellingTheRaceCancelsEveryRacer() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> nested = FutureRace.race(new CompletableFuture<String>());
        FutureRace.race(first, nested).cancel(true);

        assertThat(first).isCancelled();
        assertThat(nested).isCancelled();
    }

    @Test
    void withinFailsWithATimeoutAndCancelsTheTask() {
        CompletableFuture<String> task = new CompletableFuture<>();

        CompletableFuture<String> limited = FutureRace.within(Duration.ofMillis(100), task);

        assertThat(limited).failsWithin(Duration.ofSeconds(2)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(TimeoutException.class);
        assertThat(task).isCancelled();
    }

    @Test
    void aHedgeStartsTheSecondCallOnlyIfTheFirstHasNotAnsweredByThen() throws Exception {
        AtomicInteger started = new AtomicInteger();
        CompletableFuture<String> slow = new CompletableFuture<>();
        CompletableFuture<String> hedged = FutureRace.hedge(Duration.ofMillis(200),
                () -> started.incrementAndGet() == 1 ? slow : CompletableFuture.completedFuture("hedge"));

        assertThat(hedged.get(2, TimeUnit.SECONDS)).isEqualTo("hedge");
        assertThat(started).hasValue(2);
        assertThat(slow).isCancelled();

        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<String> quick = FutureRace.hedge(Duration.ofMillis(200), () -> {
            calls.incrementAndGet();
            return CompletableFuture.completedFuture("first");
        });
        assertThat(quick.get()).isEqualTo("first");
        Thread.sleep(400);
        assertThat(calls).as("the hedge never started").hasValue(1);
    }

    @Test
    void mapPassesACancelBackToItsSource() {
        CompletableFuture<String> source = new CompletableFuture<>();

        FutureRace.map(source, String::length).cancel(true);

        assertThat(source).isCancelled();
    }
}
