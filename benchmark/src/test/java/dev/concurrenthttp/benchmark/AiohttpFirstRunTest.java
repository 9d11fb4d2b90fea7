package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** F1's Python reference, run as F1 runs it; where python3-aiohttp is missing, F1 skips it too. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AiohttpFirstRunTest {

    @TempDir
    Path dir;

    private String run(String... args) throws Exception {
        Tools tools = Tools.find();
        assumeTrue(tools.aiohttp(), "python3-aiohttp is not installed");
        Path script = dir.resolve("aiohttp_first_run.py");
        try (InputStream source = FirstRuns.class.getResourceAsStream("aiohttp_first_run.py")) {
            Files.copy(source, script);
        }
        List<String> command = new ArrayList<>(List.of(tools.python().orElseThrow().toString(), script.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + "\n" + printed;
    }

    @Test
    void aFirstRunPrintsTheThreeBodiesAndCountsThem() throws Exception {
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            String printed = run("1", httpbin.baseUri().toString());

            assertThat(printed).startsWith("0\n").contains("\"uuid\"", "\"user-agent\"", "\"headers\"")
                    .endsWith("done: 3 ok, 0 failed\n");
        }
    }

    @Test
    void runsAgainInOneProcessPrintingACountedLinePerRunAfterTheFirst() throws Exception {
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            String printed = run("3", httpbin.baseUri().toString(), "/delay/0.1", "20");

            assertThat(printed).startsWith("0\n");
            List<RunFigures> runs = printed.lines().filter(RunFigures::isRunLine).map(RunFigures::parse).toList();
            assertThat(runs).hasSize(2).allSatisfy(r -> {
                assertThat(r.ok()).isEqualTo(20);
                assertThat(r.seconds()).isGreaterThanOrEqualTo(0.1);
            });
        }
    }

    @Test
    void aFailedRequestIsCountedAndTheExitCodeIs1() throws Exception {
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            String printed = run("1", httpbin.baseUri().toString(), "/status/503", "2");

            assertThat(printed).startsWith("1\n").contains("FAILED:").endsWith("done: 0 ok, 2 failed\n");
        }
    }

    @Test
    void badUsageIsOneLineAndExitCode2() throws Exception {
        assertThat(run("x")).isEqualTo("2\naiohttp_first_run: usage: python3 aiohttp_first_run.py RUNS BASE_URL [PATH COUNT]\n");
    }
}
