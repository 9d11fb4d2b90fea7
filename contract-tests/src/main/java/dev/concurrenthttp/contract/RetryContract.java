package dev.concurrenthttp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.ScriptedServer.Reply;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.ConnectFailedException;
import dev.concurrenthttp.support.FetchException;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.RequestTimeoutException;
import dev.concurrenthttp.support.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every step must do with a batch's {@link RetryPolicy}, counted at the server: send a
 * request again only after a failure worth retrying, no more often than the policy allows,
 * waiting as long as {@code Retry-After} says, and all of it within the request's one deadline.
 * Retries are off unless the batch asks for them.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class RetryContract extends RedirectContract {

    private static final Duration ROOMY = Duration.ofSeconds(10);

    private static ScriptedServer scripted;

    @BeforeAll
    static void startScriptedServer() {
        scripted = ScriptedServer.start();
    }

    @AfterAll
    static void stopScriptedServer() {
        scripted.close();
    }

    @Test
    void sendsEachRequestOnceWhenRetriesAreOff() {
        URI url = scripted.script("/off", Reply.status(503), Reply.ok("fine"));

        Outcome outcome = fetchOne(new Batch(List.of(url), 1, ROOMY));

        assertThat(error(outcome)).isInstanceOf(HttpStatusException.class);
        assertThat(error(outcome).attempts()).isEqualTo(1);
        assertThat(error(outcome).reason()).isEqualTo("status 503");
        assertThat(scripted.requests("/off")).isEqualTo(1);
    }

    @Test
    void retriesAnUnavailableServerUntilItAnswers() {
        URI url = scripted.script("/unavailable", Reply.status(503), Reply.status(503), Reply.ok("fine"));

        Outcome outcome = fetchOne(new Batch(List.of(url), 1, ROOMY, RetryPolicy.upTo(3)));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Success.class, s -> assertThat(s.body()).isEqualTo("fine"));
        assertThat(scripted.requests("/unavailable")).as("two 503s, then the 200").isEqualTo(3);
    }

    @Test
    void givesUpAfterTheLastRetryAndSaysHowManyAttempts() {
        URI url = scripted.script("/down", Reply.status(503));

        Outcome outcome = fetchOne(new Batch(List.of(url), 1, ROOMY, RetryPolicy.upTo(2)));

        assertThat(error(outcome)).isInstanceOfSatisfying(HttpStatusException.class,
                e -> assertThat(e.status()).isEqualTo(503));
        assertThat(error(outcome).attempts()).isEqualTo(3);
        assertThat(error(outcome).reason()).isEqualTo("status 503 (3 attempts)");
        assertThat(scripted.requests("/down")).as("1 attempt + 2 retries").isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 504})
    void retriesABadOrSlowGateway(int status) {
        URI url = scripted.script("/gateway-" + status, Reply.status(status), Reply.ok("fine"));

        Outcome outcome = fetchOne(new Batch(List.of(url), 1, ROOMY, RetryPolicy.upTo(3)));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(scripted.requests("/gateway-" + status)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 500})
    void neverRetriesAStatusThatWouldComeBackTheSame(int status) {
        URI url = scripted.script("/same-" + status, Reply.status(status), Reply.ok("never asked for"));

        Outcome outcome = fetchOne(new Batch(List.of(url), 1, ROOMY, RetryPolicy.upTo(3)));

        assertThat(error(outcome)).isInstanceOf(HttpStatusException.class);
        assertThat(error(outcome).attempts()).isEqualTo(1);
        assertThat(scripted.requests("/same-" + status)).isEqualTo(1);
    }

    @Test
    void retriesAConnectionThatCouldNotBeMade() {
        URI refused = StubServer.refusedUrl("/nobody-listens");

        Outcome outcome = fetchOne(new Batch(List.of(refused), 1, ROOMY, RetryPolicy.upTo(2)));

        assertThat(error(outcome)).isInstanceOf(ConnectFailedException.class);
        assertThat(error(outcome).attempts()).as("no server to count them: the failure does").isEqualTo(3);
    }

    @Test
    void retriesAHostNameThatDidNotResolve() {
        // RFC 6761: no name under .invalid resolves. A resolver may fail for a moment; this one never recovers.
        URI unknown = URI.create("http://no-such-host.invalid/retried");

        Outcome outcome = fetchOne(new Batch(List.of(unknown), 1, ROOMY, RetryPolicy.upTo(2)));

        assertThat(error(outcome)).isInstanceOf(ConnectFailedException.class);
        assertThat(error(outcome).reason()).isEqualTo("unknown host (3 attempts)");
    }

    @Test
    void waitsAsLongAsRetryAfterSays() {
        URI url = scripted.script("/later", Reply.status(503).retryAfter("1"), Reply.ok("fine"));

        Outcome outcome = fetchOne(new Batch(List.of(url), 1, ROOMY, RetryPolicy.upTo(1)));

        assertThat(outcome.succeeded()).isTrue();
        List<Long> arrivals = scripted.arrivals("/later");
        assertThat(arrivals).hasSize(2);
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).as("the gap at the server")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void givesUpAtOnceWhenRetryAfterOutlastsTheDeadline() {
        URI url = scripted.script("/much-later", Reply.status(503).retryAfter("30"), Reply.ok("fine"));

        long start = System.nanoTime();
        Outcome outcome = fetchOne(new Batch(List.of(url), 1, Duration.ofSeconds(10), RetryPolicy.upTo(3)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(error(outcome)).isInstanceOf(HttpStatusException.class);
        assertThat(error(outcome).attempts()).isEqualTo(1);
        // Waiting, or waiting out the deadline, would take 10 s; the rest is for a loaded machine.
        assertThat(took).as("no wait for a retry that could not happen in time").isLessThan(Duration.ofSeconds(5));
        assertThat(scripted.requests("/much-later")).isEqualTo(1);
    }

    @Test
    void endsWithinTheOneDeadlineHoweverManyRetriesAreLeft() {
        URI url = scripted.script("/slow-and-down", Reply.status(503).heldFor(300));
        Duration deadline = Duration.ofSeconds(1);

        long start = System.nanoTime();
        Outcome outcome = fetchOne(new Batch(List.of(url), 1, deadline, RetryPolicy.upTo(50)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(error(outcome)).as("why it was retried, not that the deadline cut the last retry")
                .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(503));
        int attempts = error(outcome).attempts();
        assertThat(attempts).as("300 ms each: retried, then cut short").isBetween(2, 4);
        assertThat(scripted.requests("/slow-and-down")).as("the last attempt may have been cut before it arrived")
                .isBetween(2, attempts);
        // The goal is the deadline + 0.5 s; the margin is for a loaded two-core build machine.
        assertThat(took).as("every attempt and wait, against one deadline of %s", deadline)
                .isLessThan(deadline.plusMillis(500).plus(MARGIN));
    }

    @Test
    void cutsARetryShortAtTheDeadlineOfTheFirstAttempt() {
        URI url = scripted.script("/then-stalls", Reply.status(503).retryAfter("2"), Reply.ok("too late").heldFor(10_000));
        Duration deadline = Duration.ofSeconds(3);

        long start = System.nanoTime();
        Outcome outcome = fetchOne(new Batch(List.of(url), 1, deadline, RetryPolicy.upTo(3)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(error(outcome).reason()).as("why it was retried").isEqualTo("status 503 (2 attempts)");
        assertThat(error(outcome).getSuppressed()).as("the cut, kept for a log").singleElement()
                .isInstanceOfSatisfying(RequestTimeoutException.class, e -> assertThat(e.timeout()).isEqualTo(deadline));
        assertThat(took).as("3 s from the first attempt; a deadline restarted for the retry would end at 5 s")
                .isBetween(deadline.minusMillis(100), deadline.plus(MARGIN));
    }

    /** The server the retry tests script, for a step's own tests to script as well. */
    protected static ScriptedServer scripted() {
        return scripted;
    }

    private Outcome fetchOne(Batch batch) {
        List<Outcome> outcomes = fetcher().fetchAll(batch);
        assertThat(outcomes).hasSize(1);
        return outcomes.getFirst();
    }

    private static FetchException error(Outcome outcome) {
        assertThat(outcome).as("outcome for %s", outcome.url()).isInstanceOf(Outcome.Failure.class);
        return ((Outcome.Failure) outcome).error();
    }
}
