package dev.concurrenthttp.step5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.httpbin.scenarios.ScenarioServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The chapter's first listing runs, wins scenario 1, and leaves its loser cancelled. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FirstOfTwoTest {

    @Test
    void printsRightAndTheServerSeesTheLoserHangUp() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ScenarioServer server = ScenarioServer.start()) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                FirstOfTwo.main(server.baseUri().toString());
            } finally {
                System.setOut(stdout);
            }
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("right" + System.lineSeparator());
            assertThat(ScenarioAwait.until(() -> server.pending(1), 0)).isZero();
            assertThat(ScenarioAwait.until(server::openConnections, 0)).isZero();
        }
    }
}
