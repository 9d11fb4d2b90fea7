package dev.concurrenthttp.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FuturesTest {

    private static final Duration SOON = Duration.ofSeconds(2);

    @Test
    void allCompletesWithEveryResultInInputOrderWhateverOrderTheyFinishIn() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<String> third = new CompletableFuture<>();

        CompletableFuture<List<String>> gathered = Futures.gather(List.of(first, second, third));
        third.complete("c");
        first.complete("a");
        assertThat(gathered).isNotDone();
        second.complete("b");

        assertThat(gathered).succeedsWithin(SOON).asList().containsExactly("a", "b", "c");
    }

    @Test
    void allOfNoFuturesIsAnEmptyList() {
        assertThat(Futures.gather(List.<CompletableFuture<String>>of())).succeedsWithin(SOON).asList().isEmpty();
    }

    @Test
    void allFailsWithTheFirstErrorWithoutWaitingForTheOthers() {
        CompletableFuture<String> neverDone = new CompletableFuture<>();
        CompletableFuture<String> failing = new CompletableFuture<>();

        CompletableFuture<List<String>> gathered = Futures.gather(List.of(neverDone, failing));
        failing.completeExceptionally(new IOException("connection reset"));

        assertThat(gathered).failsWithin(SOON)
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(IOException.class).withMessage("connection reset");
    }

    @Test
    void gatherCancelsTheOthersOnceOneHasFailedAsTaskGroupDoes() {
        CompletableFuture<String> done = CompletableFuture.completedFuture("a");
        CompletableFuture<String> running = new CompletableFuture<>();
        CompletableFuture<String> failing = new CompletableFuture<>();

        Futures.gather(List.of(done, running, failing));
        failing.completeExceptionally(new IOException("refused"));

        assertThat(running).isCancelled();
        assertThat(done).isCompletedWithValue("a");
    }

    @Test
    void allKeepsTheFirstErrorWhenMoreFollow() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();

        CompletableFuture<List<String>> gathered = Futures.gather(List.of(first, second));
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

        Futures.gather(List.of(first, second)).cancel(true);

        assertThat(first).isCancelled();
        assertThat(second).isCancelled();
    }

    @Test
    void settledWaitsForEveryFutureAndGivesEachValueOrErrorInInputOrder() {
        CompletableFuture<String> ok = new CompletableFuture<>();
        CompletableFuture<String> failing = new CompletableFuture<>();
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        IOException refused = new IOException("refused");

        CompletableFuture<List<Settled<String>>> gathered = Futures.gatherSettled(List.of(ok, failing, cancelled));
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

        Futures.gatherSettled(List.of(running, failing));
        failing.completeExceptionally(new IOException("refused"));

        assertThat(running).isNotDone();
    }

    @Test
    void settledSeesTheCauseNotTheWrapperADependentStageFailsWith() {
        IOException reset = new IOException("reset");
        CompletableFuture<String> dependent = CompletableFuture.<String>failedFuture(reset).thenApply(body -> body);

        assertThat(Futures.gatherSettled(List.of(dependent))).succeedsWithin(SOON).asList()
                .containsExactly(new Settled.Failure<>(reset));
    }

    @Test
    void cancellingAFutureOfAsCompletedLeavesTheGivenOnesAlone() {
        CompletableFuture<String> given = new CompletableFuture<>();

        Futures.asCompleted(List.of(given)).getFirst().cancel(true);

        assertThat(given).isNotDone();
    }

    @Test
    void asCompletedHandsOutResultsInTheOrderTheyFinish() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();

        List<CompletableFuture<String>> inOrder = Futures.asCompleted(List.of(first, second));
        second.complete("second");
        first.completeExceptionally(new IOException("reset"));

        assertThat(inOrder.get(0)).isCompletedWithValue("second");
        assertThat(inOrder.get(1)).failsWithin(SOON).withThrowableOfType(ExecutionException.class)
                .havingCause().withMessage("reset");
    }

    @Test
    void propagateCancelCancelsTheSourceWhenTheDependentEndsWithoutAResult() {
        CompletableFuture<String> source = new CompletableFuture<>();
        CompletableFuture<Integer> dependent = source.thenApply(String::length);
        Futures.propagateCancel(dependent, source);

        dependent.orTimeout(10, TimeUnit.MILLISECONDS);

        assertThat(dependent).failsWithin(SOON);
        assertThat(source).as("a timed-out dependent does not reach its source by itself").isCancelled();
    }

    @Test
    void propagateCancelLeavesTheSourceAloneWhenTheDependentSucceeds() {
        CompletableFuture<String> source = new CompletableFuture<>();
        CompletableFuture<Integer> dependent = new CompletableFuture<>();
        Futures.propagateCancel(dependent, source);

        dependent.complete(4);

        assertThat(source).isNotDone();
    }

    @Test
    void withTimeoutFailsACopyOffTheTimerThreadAndLeavesTheFutureAlone() {
        CompletableFuture<String> never = new CompletableFuture<>();
        AtomicReference<String> thread = new AtomicReference<>();

        CompletableFuture<String> timed = Futures.withTimeout(never, Duration.ofMillis(20),
                task -> Thread.ofPlatform().name("chosen").start(task));
        CompletableFuture<String> seen = timed.whenComplete((value, error) -> thread.set(Thread.currentThread().getName()));

        assertThat(seen).failsWithin(SOON).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(TimeoutException.class);
        assertThat(thread.get()).isEqualTo("chosen");
        assertThat(never).isNotDone();
    }

    @Test
    void withTimeoutPassesAResultThatCameInTime() {
        CompletableFuture<String> timed = Futures.withTimeout(CompletableFuture.completedFuture("in time"),
                Duration.ofSeconds(5), Runnable::run);

        assertThat(timed).succeedsWithin(SOON).isEqualTo("in time");
    }
}
