package dev.concurrenthttp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.support.FetchException;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.RedirectException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The root of the kit, which {@link RetryContract} and then {@link FetcherContract} extend: a fresh fetcher of the step's for each test, and what it must do when
 * things go wrong. Every {@link Fault} comes back as a failure of the fault's kind, naming the
 * URL and keeping the client's exception as its cause, within the deadline, while the healthy
 * request beside it in the batch still succeeds.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class FaultContract {

    /** Every fault is fetched with this deadline. */
    public static final Duration DEADLINE = Duration.ofSeconds(1);

    /**
     * How far past the deadline a batch may end. The goal is half a second; this much more
     * lets a loaded two-core build machine pass without hiding a fetcher that ignores it.
     */
    public static final Duration MARGIN = Duration.ofMillis(1_500);

    private static FaultServers faults;

    private Fetcher fetcher;

    /** A new instance of the step's fetcher; the kit closes it after each test. */
    protected abstract Fetcher newFetcher();

    @BeforeAll
    static void startFaultServers() {
        faults = new FaultServers();
    }

    @AfterAll
    static void stopFaultServers() {
        faults.close();
    }

    @BeforeEach
    void openFetcher() {
        fetcher = newFetcher();
    }

    @AfterEach
    void closeFetcher() {
        fetcher.close();
    }

    protected final Fetcher fetcher() {
        return fetcher;
    }

    protected static FaultServers faults() {
        return faults;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void reportsEachFaultAsItsKindNamingTheUrlWithinTheDeadline(Fault fault) {
        FaultTrial trial = FaultTrial.run(fetcher, faults, fault, DEADLINE);

        assertThat(trial.faulty()).as("%s (%s) is never a success", fault, fault.description())
                .isInstanceOf(Outcome.Failure.class);
        FetchException error = ((Outcome.Failure) trial.faulty()).error();
        assertThat(error).as(fault.description()).isInstanceOfAny(fault.kinds().toArray(Class<?>[]::new));
        assertThat(error.url()).isEqualTo(trial.url());
        assertThat(error.getMessage()).isEqualTo("GET " + trial.url() + ": " + error.reason());
        if (!(error instanceof HttpStatusException || error instanceof RedirectException)) { // both are the server's answer
            assertThat(error.getCause()).as("the client's own exception, kept for the log").isNotNull();
        }
        assertThat(trial.healthy().succeeded()).as("the healthy request in the same batch").isTrue();
        assertThat(trial.took()).as("the whole batch, against a deadline of %s", DEADLINE)
                .isLessThan(DEADLINE.plus(MARGIN));
    }
}
