package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.concurrenthttp.tour.TourStep;
import dev.concurrenthttp.tour.Tour;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class BenchmarkTest {

    private static final int RUNS = 2;

    @Test
    void runsEveryStepInItsOwnJvmAndWritesTheTableTheFilesAndTheCharts(@TempDir Path out) throws Exception {
        Tools tools = Tools.find();
        assumeTrue(tools.missingPackages().isEmpty(), () -> Benchmark.missingTools(tools).orElseThrow());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Benchmark.run(new String[] {"--quick", "--sizes", "20", "--runs", String.valueOf(RUNS),
                "--t1-requests", "300", "--out", out.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String table = Files.readString(out.resolve("table.txt"));
        assertThat(code).as("%s%n%s", err.toString(StandardCharsets.UTF_8), table).isZero();
        assertThat(table).doesNotContain("skipped", "FAILED")
                .contains(tools.canPin() ? "Pinning: measured programs on core 0" : "NOT PINNED");
        for (TourStep step : Tour.STEPS) {
            int size = step.concurrent() ? 20 : 2;
            assertThat(table).containsPattern("(?m)^" + step.module() + " +" + size + " +\\d+\\.\\d{3} \\[");
            assertThat(table).containsPattern("(?m)^" + step.module() + " +[\\d,]+ \\[[\\d,]+-[\\d,]+\\] +\\d+%");
        }
        assertThat(table).containsPattern("(?m)^wrk \\(ceiling\\) +[\\d,]+ \\[")
                .containsPattern("(?m)^aiohttp \\(reference\\) +20 +\\d+\\.\\d{3}")
                .containsPattern("(?m)^aiohttp \\(reference\\) +[\\d,]+ \\[");

        // every measured row: 4 steps and aiohttp on L1, wrk, 4 steps and aiohttp on T1, each
        // with the runs asked for; then steps 2-4 and aiohttp on C1, one counted run each
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(runs).hasSize(1 + 11 * RUNS + 4);
        assertThat(runs.subList(1, runs.size())).allMatch(line -> line.matches("[^,]+,(L1|T1|C1),\\d+,\\d+,\\d,[0-9.]+,.*"));
        assertThat(runs).filteredOn(line -> line.contains(",C1,20,20,1,")).hasSize(4);
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).hasSize(1 + 11 + 4);
        assertThat(bars(out.resolve("l1.svg"))).isEqualTo(5);
        assertThat(bars(out.resolve("t1.svg"))).isEqualTo(5);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("C1, cost: 20 x /delay/1, all in flight");
        for (String who : List.of("step2-futures", "step3-async-client", "step4-virtual-threads", "aiohttp \\(reference\\)")) {
            assertThat(table).as("C1's row for %s: RSS, threads, sockets, seconds", who)
                    .containsPattern("(?m)^" + who + " +\\d+ MB +\\d+ +\\d+ +\\d+\\.\\d{3}");
        }
    }

    @Test
    void namesWhatIsMissingAndHowToInstallItInOneLine() {
        Tools none = new Tools(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());

        assertThat(Benchmark.missingTools(none)).hasValueSatisfying(line -> assertThat(line)
                .doesNotContain("\n").contains("apt-get install -y nginx-light wrk python3-aiohttp"));
    }

    @Test
    void rejectsABadOptionInOneLineWithExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Benchmark.run(new String[] {"--runs", "0"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("--runs");
    }

    private static int bars(Path svg) throws Exception {
        var nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("rect");
        int bars = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((org.w3c.dom.Element) nodes.item(i)).getAttribute("class").equals("bar")) {
                bars++;
            }
        }
        return bars;
    }
}
