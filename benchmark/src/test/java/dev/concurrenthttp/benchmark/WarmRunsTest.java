package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WarmRunsTest {

    @Test
    void runsTheStepsWholeCommandLineAgainAndPrintsALinePerCountedRun() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            code = WarmRuns.run(new String[] {"step2-futures", "0", "2", "--", "--base-url", httpbin.baseUri().toString(),
                    "--path", "/delay/0.1", "--repeat", "5", "--quiet"},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        }

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("warmup runs=1 ");
        // each run waits for /delay/0.1: the whole command line ran, not an empty loop
        assertThat(lines.stream().filter(RunFigures::isRunLine).map(RunFigures::parse).toList())
                .hasSize(2).allSatisfy(run -> assertThat(run.seconds()).isGreaterThanOrEqualTo(0.1));
    }

    @Test
    void endsWithExitCode1WhenTheStepFails() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = WarmRuns.run(new String[] {"step2-futures", "0", "1", "--", "--base-url", "http://127.0.0.1:1"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("step2-futures --base-url http://127.0.0.1:1 exited with 1");
    }
}
