package dev.concurrenthttp.step4;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Outcome;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A virtual thread that blocks while pinned to its carrier holds a platform thread, and enough
 * of them stall every other virtual thread. JDK 21 pinned inside {@code synchronized}; JDK 24
 * and later do not (JEP 491), and HttpClient 5.4+ uses locks that never pinned. JFR reports
 * each pinning as {@code jdk.VirtualThreadPinned}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NoPinningTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    @Test
    void aRunOfTwoHundredRequestsPinsNoVirtualThread(@TempDir Path dir) throws Exception {
        server.stubFor(get("/delayed").willReturn(ok("d").withFixedDelay(200)));
        // Loading a class still pins (a contended class-loading lock), so the first requests,
        // which load the client's classes, are not what this test is about: warm up first.
        run(Collections.nCopies(50, URI.create(server.baseUrl() + "/delayed")));
        List<URI> urls = Collections.nCopies(200, URI.create(server.baseUrl() + "/delayed"));

        List<RecordedEvent> pinned = recordPinning(dir, () -> run(urls));

        assertThat(pinned).as("jdk.VirtualThreadPinned events, with their stacks").isEmpty();
    }

    private static void run(List<URI> urls) {
        try (VirtualThreadFetcher fetcher = new VirtualThreadFetcher()) {
            List<Outcome> outcomes = fetcher.fetchAll(new Batch(urls, 100, Duration.ofSeconds(10)));
            assertThat(outcomes).allMatch(Outcome::succeeded);
        }
    }

    @Test
    void theRecordingDoesSeePinningWhereItStillHappens(@TempDir Path dir) throws Exception {
        // Blocking inside a class initializer still pins, on every JDK so far.
        List<RecordedEvent> pinned = recordPinning(dir, () -> Thread.ofVirtual()
                .start(() -> SlowToInitialize.touch()).join());

        assertThat(pinned).as("the control: a pinned virtual thread is recorded").isNotEmpty();
    }

    private static List<RecordedEvent> recordPinning(Path dir, ThrowingRunnable run) throws Exception {
        Path file = dir.resolve("pinning.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            run.run();
            recording.stop();
            recording.dump(file);
        }
        assertThat(Files.size(file)).isPositive();
        return RecordingFile.readAllEvents(file).stream()
                .filter(event -> event.getEventType().getName().equals("jdk.VirtualThreadPinned"))
                .toList();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static final class SlowToInitialize {
        static {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static void touch() {
        }
    }
}
