package dev.concurrenthttp.step3;

import dev.concurrenthttp.support.Response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What ends a request, seen from both sides: the future says why, and the server sees the
 * connection close, so no request goes on holding a connection nobody waits for.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SessionLifecycleTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(5); // a lost cancel never hangs up: wide margins cost nothing

    private SilentServer silent;

    @BeforeEach
    void startSilentServer() {
        silent = SilentServer.start();
    }

    @AfterEach
    void stopSilentServer() throws Exception {
        silent.close();
    }

    @Test
    void aClosedSessionRefusesNewRequestsWithIllegalStateException() {
        AsyncSession session = AsyncSession.open();
        session.close();

        assertThatThrownBy(() -> session.get(silent.url("/late")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("session is closed");
        assertThat(silent.requests()).isZero();
    }

    @Test
    void closingTheSessionEndsTheRequestsStillInFlightPromptly() throws Exception {
        AsyncSession session = AsyncSession.open();
        List<CompletableFuture<Response>> inFlight = IntStream.range(0, 3)
                .mapToObj(i -> session.get(silent.url("/never/" + i))).toList();
        assertThat(silent.awaitRequests(3, PROMPTLY)).as("the server got the three requests").isTrue();

        long start = System.nanoTime();
        session.close();
        Duration closing = Duration.ofNanos(System.nanoTime() - start);

        assertThat(closing).as("close does not wait for answers that never come").isLessThan(PROMPTLY);
        assertThat(inFlight).allSatisfy(future -> {
            assertThat(future).failsWithin(PROMPTLY).withThrowableThat().isInstanceOf(CancellationException.class);
            assertThat(future.handle((value, error) -> error).join()).hasMessage("the session was closed");
        });
        assertThat(silent.awaitHangUps(3, PROMPTLY)).as("the server saw its three connections close").isTrue();
    }

    @Test
    void closingTheSessionStartsNoneOfTheRequestsStillWaitingForTheirTurn() throws Exception {
        AsyncSession session = AsyncSession.builder().limit(2).open();
        List<CompletableFuture<Response>> requests = IntStream.range(0, 40)
                .mapToObj(i -> session.get(silent.url("/never/" + i))).toList();
        assertThat(silent.awaitRequests(2, PROMPTLY)).as("the first two requests came").isTrue();

        session.close();

        assertThat(requests).allSatisfy(future ->
                assertThat(future).failsWithin(PROMPTLY).withThrowableThat().isInstanceOf(CancellationException.class));
        assertThat(silent.awaitRequests(3, Duration.ofMillis(500)))
                .as("closing ended the two in flight, whose turns must not pass to waiting ones").isFalse();
    }

    @Test
    void closingTwiceDoesNothingMore() {
        AsyncSession session = AsyncSession.open();

        session.close();
        session.close();

        assertThatThrownBy(() -> session.get(silent.url("/x"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancellingTheFutureClosesTheConnectionAtTheServer() throws Exception {
        try (AsyncSession session = AsyncSession.open()) {
            CompletableFuture<Response> response = session.get(silent.url("/never"));
            assertThat(silent.awaitRequests(1, PROMPTLY)).isTrue();

            response.cancel(true);

            assertThat(silent.awaitHangUps(1, PROMPTLY))
                    .as("cancelling the future must end the exchange, not only the Java object").isTrue();
        }
    }

    @Test
    void cancellingARequestOnAReusedConnectionClosesThatConnection() throws Exception {
        try (SilentServer reused = SilentServer.afterOneAnswer(); AsyncSession session = AsyncSession.open()) {
            assertThat(session.get(reused.url("/answered"))).succeedsWithin(PROMPTLY).extracting(Response::text).isEqualTo("ok");
            CompletableFuture<Response> response = session.get(reused.url("/never"));
            assertThat(reused.awaitRequests(2, PROMPTLY)).as("the second request came").isTrue();

            response.cancel(true);

            assertThat(reused.awaitHangUps(1, PROMPTLY))
                    .as("HttpClient 5.6 loses this cancel on its own: see CancelEveryStage").isTrue();
        }
    }

    @Test
    void theTotalTimeoutFailsTheFutureAndClosesTheConnectionAtTheServer() throws Exception {
        try (SilentServer reused = SilentServer.afterOneAnswer();
                AsyncSession session = AsyncSession.builder().totalTimeout(Duration.ofMillis(500)).open()) {
            assertThat(session.get(reused.url("/answered"))).succeedsWithin(PROMPTLY);
            CompletableFuture<Response> response = session.get(reused.url("/never"));

            assertThat(response).failsWithin(PROMPTLY).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(TimeoutException.class);
            assertThat(reused.awaitHangUps(1, PROMPTLY))
                    .as("the deadline must end the exchange, not only the Java object").isTrue();
        }
    }

    @Test
    void theWaitForATurnCountsAgainstTheTotalTimeout() {
        Duration total = Duration.ofMillis(800);
        try (AsyncSession session = AsyncSession.builder().limit(1).totalTimeout(total).open()) {
            CompletableFuture<Response> first = session.get(silent.url("/holds-the-only-turn"));
            long start = System.nanoTime();
            CompletableFuture<Response> second = session.get(silent.url("/waits-for-it"));

            assertEndsAtItsOwnDeadline(second, start, total, "waiting in the session's line");
            assertThat(first).as("the first, which held the turn, ends at its own deadline too").failsWithin(PROMPTLY);
        }
    }

    @Test
    void theWaitForAPooledConnectionCountsAgainstTheTotalTimeout() {
        Duration total = Duration.ofMillis(800);
        try (AsyncSession session = AsyncSession.builder().limit(1).totalTimeout(total).open()) {
            CompletableFuture<Response> first = session.get(silent.url("127.0.0.1", "/holds-the-only-connection"));
            long start = System.nanoTime();
            // Another host has its own line, where it is first: it waits in the pool, for the limit of all hosts.
            CompletableFuture<Response> second = session.get(silent.url("localhost", "/waits-for-it"));

            assertEndsAtItsOwnDeadline(second, start, total, "waiting in the pool");
            assertThat(first).as("the first, which held the turn, ends at its own deadline too").failsWithin(PROMPTLY);
        }
    }

    @Test
    void aTimedOutFutureRunsWhatIsChainedOntoItOnTheCommonPoolNotOnTheTimerThread() {
        try (AsyncSession session = AsyncSession.builder().totalTimeout(Duration.ofMillis(300)).open()) {
            CompletableFuture<String> where = session.get(silent.url("/never"))
                    .handle((value, error) -> Thread.currentThread().getName());

            assertThat(where).succeedsWithin(PROMPTLY).asString()
                    .as("one slow callback on the JDK's timer thread would delay every timer in the JVM")
                    .startsWith("ForkJoinPool.commonPool-worker");
        }
    }

    private static void assertEndsAtItsOwnDeadline(CompletableFuture<Response> request, long start, Duration total, String where) {
        assertThat(request).failsWithin(PROMPTLY).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("a request spends its own time " + where + "; it must end at its deadline, not a total after")
                .isBetween(total.minusMillis(50), total.plusMillis(600));
    }
}
