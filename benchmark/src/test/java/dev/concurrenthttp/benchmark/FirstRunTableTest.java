package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstRunTableTest {

    private static ResultRow row(String program, String variant, Job job, double... seconds) {
        List<RunFigures> runs = java.util.Arrays.stream(seconds).mapToObj(s -> new RunFigures(s, job.requests(), 0, -1, -1, -1))
                .toList();
        return ResultRow.measured(FirstRuns.who(program, variant), job, runs, "");
    }

    private final Job three = Job.threeUrls();
    private final Job thousand = Job.firstRun(FirstRuns.ALL_IN_FLIGHT);
    private final Job inOneJvm = Job.firstRun(FirstRuns.IN_ONE_JVM);

    private final List<ResultRow> rows = List.of(
            row(Benchmark.AIOHTTP, FirstRuns.COLD, three, 0.40, 0.38, 0.45),
            row(Benchmark.AIOHTTP, FirstRuns.WARM, three, 0.002, 0.003, 0.002),
            row("step2-futures", FirstRuns.COLD, three, 0.70, 0.65, 0.72),
            row("step2-futures", FirstRuns.CACHE, three, 0.25, 0.24, 0.30),
            row("step2-futures", FirstRuns.WARM, three, 0.01, 0.01, 0.02),
            ResultRow.missing(FirstRuns.who("step3-async-client", FirstRuns.CACHE), three, "no cache: JDK 25 makes it, this is 21"),
            row("step3-async-client", FirstRuns.COLD, three, 0.90, 0.80, 0.95),
            row(Benchmark.AIOHTTP, FirstRuns.COLD, thousand, 1.9, 2.0, 1.8),
            row("step4-virtual-threads", FirstRuns.CACHE, thousand, 2.1, 2.2, 2.0),
            row("step4-virtual-threads", FirstRuns.CACHE, inOneJvm, 2.9, 3.1, 2.8));

    @Test
    void setsEachProgramsColdCachedAndWarmTimesSideBySide() {
        String table = FirstRunTable.text(rows, 3, false);

        assertThat(table).containsPattern("(?m)^step2-futures +0\\.700 \\[0\\.650-0\\.720\\] +0\\.250 \\[0\\.240-0\\.300\\]"
                + " +0\\.010 \\[0\\.010-0\\.020\\] *$");
        assertThat(table).containsPattern("(?m)^aiohttp \\(reference\\) +0\\.400 \\[0\\.380-0\\.450\\] +0\\.002");
        assertThat(table).contains("the three URLs, /uuid /user-agent /headers\n", "1,000 x /delay/1, all in flight\n",
                "5,000 x /delay/1, all in flight, with the local httpbin in the same JVM\n");
        assertThat(table).doesNotContain("met", "MISSED");
    }

    @Test
    void namesEachRowThatDidNotRunAndWhy() {
        String table = FirstRunTable.text(rows, 3, false);

        assertThat(table).containsPattern("(?m)^step3-async-client +0\\.900 \\[0\\.800-0\\.950\\] +skipped");
        assertThat(table).contains("skipped: step3-async-client [AOT cache], the three URLs, /uuid /user-agent /headers:"
                + " no cache: JDK 25 makes it, this is 21\n");
    }

    @Test
    void judgesTheCachedRunAgainstThePythonProgramsFirstRunOrTheClock() {
        String table = FirstRunTable.text(rows, 3, true);

        // 0.25 s is within 1.5 x 0.40 s; 0.90 s (cold: no cache) is not; 2.1 s is slower than 1.9 s; 2.9 s is within 3 s.
        assertThat(table).containsPattern("(?m)^step2-futures .* 0\\.63x: met$");
        assertThat(table).containsPattern("(?m)^step3-async-client .* 2\\.25x: MISSED$");
        assertThat(table).containsPattern("(?m)^step4-virtual-threads .* 1\\.11x: MISSED$");
        assertThat(table).containsPattern("(?m)^step4-virtual-threads +2\\.900 .* met$");
        assertThat(table).containsPattern("(?m)^aiohttp \\(reference\\) .*[^dD]$");
    }

    @Test
    void theReadmesCommandIsTheOneMeasured() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.adoc"));

        assertThat(readme).contains(String.join(" ", FirstRuns.command("step1-blocking", true)));
        for (String option : FirstRuns.JVM_OPTIONS) {
            assertThat(readme).as("the README says what %s is for", option).contains("* `" + option + "`");
        }
    }
}
