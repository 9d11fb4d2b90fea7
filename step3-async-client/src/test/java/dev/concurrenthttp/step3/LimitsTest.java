package dev.concurrenthttp.step3;

import dev.concurrenthttp.concurrency.Futures;
import dev.concurrenthttp.support.Response;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The session's limits, counted where they matter: at the server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsTest {

    /** Long enough that every request of a wave is in flight at once, even on a busy machine. */
    private static final String ONE_SECOND = "/wait/1000";

    private CountingServer server;

    @BeforeEach
    void startServer() {
        server = CountingServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void keepsAsManyRequestsInFlightAsItsLimitNotTheFiveHttpClientAllowsByDefault() {
        try (AsyncSession session = AsyncSession.builder().limit(30).open()) {
            fetchAll(session, Collections.nCopies(60, server.url(ONE_SECOND)));
        }

        assertThat(server.peakInFlight()).as("requests the server was answering at once").isEqualTo(30);
    }

    @Test
    void allowsAHundredInFlightByDefaultAsAiohttpDoes() {
        try (AsyncSession session = AsyncSession.open()) {
            fetchAll(session, Collections.nCopies(150, server.url(ONE_SECOND)));
        }

        assertThat(server.peakInFlight()).as("requests the server was answering at once").isEqualTo(100);
    }

    @Test
    void limitPerHostBoundsEachHostOnItsOwn() {
        try (AsyncSession session = AsyncSession.builder().limitPerHost(3).open()) {
            fetchAll(session, twoHosts(10));
        }

        assertThat(server.peakInFlight("127.0.0.1")).as("at once for 127.0.0.1").isEqualTo(3);
        assertThat(server.peakInFlight("localhost")).as("at once for localhost").isEqualTo(3);
        assertThat(server.peakInFlight()).as("at once for both").isEqualTo(6);
    }

    @Test
    void limitBoundsAllHostsTogether() {
        try (AsyncSession session = AsyncSession.builder().limit(4).limitPerHost(3).open()) {
            fetchAll(session, twoHosts(10));
        }

        assertThat(server.peakInFlight()).as("at once for both hosts").isEqualTo(4);
        assertThat(server.peakInFlight("127.0.0.1")).as("at once for 127.0.0.1").isLessThanOrEqualTo(3);
        assertThat(server.peakInFlight("localhost")).as("at once for localhost").isLessThanOrEqualTo(3);
    }

    @Test
    void aRequestToAnIdleHostDoesNotWaitBehindABusyHostsRequests() {
        try (AsyncSession session = AsyncSession.builder().limit(2).limitPerHost(1).open()) {
            List<CompletableFuture<Response>> busy = List.of(
                    session.get(server.url("127.0.0.1", "/wait/3000")), session.get(server.url("127.0.0.1", "/wait/3000")));
            CompletableFuture<Response> idle = session.get(server.url("localhost", "/now"));

            assertThat(idle).succeedsWithin(Duration.ofSeconds(30));
            assertThat(busy.get(0)).as("the busy host's first request, three seconds long, is still in flight:"
                    + " the second one, waiting for its host, did not take the other host's turn").isNotDone();
        }
    }

    /** The same server under two names, which a client's pool counts as two hosts. */
    private List<URI> twoHosts(int each) {
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            urls.add(server.url("127.0.0.1", ONE_SECOND));
            urls.add(server.url("localhost", ONE_SECOND));
        }
        return urls;
    }

    private static void fetchAll(AsyncSession session, List<URI> urls) {
        List<CompletableFuture<Response>> requests = urls.stream().map(session::get).toList();
        assertThat(Futures.gather(requests)).succeedsWithin(Duration.ofSeconds(30))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(urls.size());
    }
}
