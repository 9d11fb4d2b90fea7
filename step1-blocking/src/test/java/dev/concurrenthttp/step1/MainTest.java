package dev.concurrenthttp.step1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.CommandLineContract;
import dev.concurrenthttp.contract.CommandRunner.Run;
import org.junit.jupiter.api.Test;

class MainTest extends CommandLineContract {

    MainTest() {
        super(Main.class, Main.COMMAND::run);
    }

    @Test
    void rejectsLimitBecauseItFetchesOneUrlAtATime() {
        Run run = runWith("--limit", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--limit 2", "one URL at a time");
    }
}
