package dev.concurrenthttp.step3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.ConcurrentCommandLineContract;
import dev.concurrenthttp.contract.CommandRunner.Run;
import org.junit.jupiter.api.Test;

class MainTest extends ConcurrentCommandLineContract {

    MainTest() {
        super(Main.class, Main.COMMAND::run);
    }

    @Test
    void limitBoundsTheRequestsInFlight() {
        try (CountingServer counting = CountingServer.start()) {
            Run run = runWith("--base-url", counting.url("").toString(), "--path", "/wait/300", "--repeat", "6",
                    "--limit", "2", "--quiet");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(counting.peakInFlight()).isEqualTo(2);
        }
    }
}
