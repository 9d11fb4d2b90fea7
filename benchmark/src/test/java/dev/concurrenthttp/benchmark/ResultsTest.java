package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {

    private static final String NO_NGINX = "nginx not installed (apt-get install -y nginx-light)";

    @Test
    void saysWhichRowsWereSkippedAndWhyOneLinePerReason() {
        Job t1 = Job.throughput(2000, 64);
        List<ResultRow> rows = List.of(ResultRow.missing(Benchmark.WRK, t1, NO_NGINX), ResultRow.missing("step2-futures", t1, NO_NGINX),
                ResultRow.missing(Benchmark.AIOHTTP, Job.latency(100), "python3-aiohttp not installed"),
                ResultRow.measured("step2-futures", Job.latency(100), List.of(new RunFigures(1.1, 100, 0, 1, 1, 1)), ""));

        assertThat(Results.skipped(rows)).containsExactly(
                "Skipped, 2 of 4 rows (T1 wrk (ceiling), T1 step2-futures): " + NO_NGINX + ".",
                "Skipped, 1 of 4 rows (L1 aiohttp (reference)): python3-aiohttp not installed.");
        assertThat(Results.skipped(rows.subList(3, 4))).isEmpty();
    }
}
