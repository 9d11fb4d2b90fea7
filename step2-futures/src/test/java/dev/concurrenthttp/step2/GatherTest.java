package dev.concurrenthttp.step2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class GatherTest {

    private static final Duration SOON = Duration.ofSeconds(2);

    @Test
    void allCompletesWithEveryResultInInputOrderWhateverOrderTheyFinishIn() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<String> third = new CompletableFuture<>();

        CompletableFuture<List<String>> gathered = Gather.all(List.of(first, second, third));
        third.complete("c");
        first.complete("a");
        assertThat(gathered).isNotDone();
        second.complete("b");

        assertThat(gathered).succeedsWithin(SOON).asList().containsExactly("a", "b", "c");
    }

    @Test
    void allOfNoFuturesIsAnEmptyList() {
        assertThat(Gather.all(List.<CompletableFuture<String>>of())).succeedsWithin(SOON).asList().isEmpty();
    }

    @Test
    void allFailsWithTheFirstErrorWithoutWaitingForTheOthers() {
        CompletableFuture<String> neverDone = new CompletableFuture<>();
        CompletableFuture<String> failing = new CompletableFuture<>();

        CompletableFuture<List<String>> gathered = Gather.all(List.of(neverDone, failing));
        failing.completeExceptionally(new IOException("connection reset"));

        assertThat(gathered).failsWithin(SOON)
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(IOException.class).withMessage("connection reset");
    }

    @Test
    void allCancelsTheOthersOnceOneHasFailedUnlikeAsyncioWhichLeavesThemRunning() {
        CompletableFuture<String> done = CompletableFuture.completedFuture("a");
        CompletableFuture<String> running = new CompletableFuture<>();
        CompletableFuture<String> failing = new CompletableFuture<>();

        Gather.all(List.of(done, running, failing));
        failing.completeExceptionally(new IOException("refused"));

        assertThat(running).isCancelled();
        assertThat(done).isCompletedWithValue("a");
    }

    @Test
    void allKeepsTheFirstErrorWhenMoreFollow() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();

        CompletableFuture<List<String>> gathered = Gather.all(List.of(first, second));
        second.completeExceptionally(new IOException("first to fail"));
        first.completeExceptionally(new IOException("second to fail"));

        assertThat(gathered).failsWithin(SOON)
                .withThrowableOfType(ExecutionException.class)
                .havingCause().withMessage("first to fail");
    }

    @Test
    void cancellingTheGatheredFutureCancelsEveryFutureItWaitsFor() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();

        Gather.all(List.of(first, second)).cancel(true);

        assertThat(first).isCancelled();
        assertThat(second).isCancelled();
    }

    @Test
    void settledWaitsForEveryFutureAndGivesEachValueOrErrorInInputOrder() {
        CompletableFuture<String> ok = new CompletableFuture<>();
        CompletableFuture<String> failing = new CompletableFuture<>();
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        IOException refused = new IOException("refused");

        CompletableFuture<List<Settled<String>>> gathered = Gather.settled(List.of(ok, failing, cancelled));
        failing.completeExceptionally(refused);
        cancelled.cancel(true);
        assertThat(gathered).as("the others failing does not end the wait for ok").isNotDone();
        ok.complete("body");

        assertThat(gathered).succeedsWithin(SOON).satisfies(results -> {
            assertThat(results.get(0)).isEqualTo(new Settled.Success<>("body"));
            assertThat(results.get(1)).isEqualTo(new Settled.Failure<String>(refused));
            assertThat(results.get(2)).isInstanceOfSatisfying(Settled.Failure.class,
                    failure -> assertThat(failure.error()).isInstanceOf(CancellationException.class));
        });
    }

    @Test
    void settledCancelsNothingWhenOneFails() {
        CompletableFuture<String> running = new CompletableFuture<>();
        CompletableFuture<String> failing = new CompletableFuture<>();

        Gather.settled(List.of(running, failing));
        failing.completeExceptionally(new IOException("refused"));

        assertThat(running).isNotDone();
    }

    @Test
    void settledSeesTheCauseNotTheWrapperADependentStageFailsWith() {
        IOException reset = new IOException("reset");
        CompletableFuture<String> dependent = CompletableFuture.<String>failedFuture(reset).thenApply(body -> body);

        assertThat(Gather.settled(List.of(dependent))).succeedsWithin(SOON).asList()
                .containsExactly(new Settled.Failure<>(reset));
    }
}
