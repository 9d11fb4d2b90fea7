package dev.concurrenthttp.httpbin.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.httpbin.scenarios.RawClient.Reply;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Scenario 10's reports, judged while the blocker is held and after. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LoadRuleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ScenarioServer server = ScenarioServer.start();

    @AfterEach
    void close() {
        server.close();
    }

    private Reply report(String id, double load) throws IOException {
        try (RawClient client = RawClient.get(server.baseUri(), "/10?" + id + "=" + load)) {
            return client.reply(PATIENCE);
        }
    }

    @Test
    void aBusyCoreReportedOnceASecondWhileBlockedAndIdleAfterIsRight() throws Exception {
        URI base = server.baseUri();
        try (RawClient busy = RawClient.get(base, "/10?busy"); RawClient lazy = RawClient.get(base, "/10?lazy");
                RawClient light = RawClient.get(base, "/10?light")) {
            ScenarioServerTest.awaitCount(() -> server.pending(10), 3);
            int busyReports = 0;
            boolean busyOpen = true;
            boolean lightOpen = true;
            while (busyOpen || lightOpen) { // once a second, for each blocker still held
                if (busyOpen) {
                    assertThat(report("busy", 1.0).status()).as("while the blocker is held: go on").isEqualTo(302);
                    busyReports++;
                }
                if (lightOpen) {
                    assertThat(report("light", 0.5).status()).isEqualTo(302);
                }
                Thread.sleep(1000);
                busyOpen = busy.silentFor(Duration.ofMillis(1));
                lightOpen = light.silentFor(Duration.ofMillis(1));
            }
            assertThat(busy.reply(PATIENCE).body()).startsWith("the blocker was held ");
            assertThat(busyReports).as("held 5 to 9 s").isBetween(5, 10);
            lazy.reply(PATIENCE);
            light.reply(PATIENCE);

            assertThat(report("busy", 0.9)).as("still busy after the blocker").extracting(Reply::status).isEqualTo(302);
            assertThat(report("busy", 0.1)).isEqualTo(new Reply(200, "right"));
            assertThat(report("lazy", 0.0).body()).startsWith("wrong: 0 reports while the blocker was held ");
            assertThat(report("light", 0.0).body()).isEqualTo("wrong: the mean load while blocked was 0.50, under 0.8");
        }
    }

    @Test
    void aReportForNoBlockerSaysGoOnAndABadLoadIsRefused() throws Exception {
        assertThat(report("nobody", 1.0).status()).isEqualTo(302);
        try (RawClient client = RawClient.get(server.baseUri(), "/10?x=lots")) {
            assertThat(client.reply(PATIENCE)).isEqualTo(new Reply(400, "the load must be a number of busy cores, not lots"));
        }
        try (RawClient client = RawClient.get(server.baseUri(), "/10")) {
            assertThat(client.reply(PATIENCE).status()).isEqualTo(400);
        }
    }
}
