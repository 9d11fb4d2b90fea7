package dev.concurrenthttp.step3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.ConcurrentCommandLineContract;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class MainTest extends ConcurrentCommandLineContract {

    @Override
    protected int run(String[] args, PrintStream out, PrintStream err) {
        return Main.run(args, out, err);
    }

    @Override
    protected Class<?> mainClass() {
        return Main.class;
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
