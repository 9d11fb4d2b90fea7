package dev.concurrenthttp.step1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.CommandLineContract;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class MainTest extends CommandLineContract {

    @Override
    protected int run(String[] args, PrintStream out, PrintStream err) {
        return Main.run(args, out, err);
    }

    @Override
    protected Class<?> mainClass() {
        return Main.class;
    }

    @Test
    void rejectsLimitBecauseItFetchesOneUrlAtATime() {
        Run run = runWith("--limit", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--limit 2", "one URL at a time");
    }
}
