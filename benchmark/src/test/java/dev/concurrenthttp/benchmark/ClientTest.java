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
class ClientTest {

    @Test
    void warmsUpThenPrintsOneLinePerCountedRun() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            code = Client.run(new String[] {"step4-virtual-threads", httpbin.baseUri() + "/uuid", "20", "5", "0", "3"},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        }

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("warmup runs=1 ");
        List<RunFigures> runs = lines.stream().filter(RunFigures::isRunLine).map(RunFigures::parse).toList();
        assertThat(runs).hasSize(3).allSatisfy(run -> {
            assertThat(run.ok()).isEqualTo(20);
            assertThat(run.failed()).isZero();
            assertThat(run.seconds()).isPositive();
            assertThat(run.peakSockets()).isPositive();
        });
    }

    @Test
    void rejectsAnUnknownStepInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Client.run(new String[] {"step9", "http://127.0.0.1:1/uuid", "1", "1", "0", "1"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("step9");
    }
}
