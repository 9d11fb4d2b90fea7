package dev.concurrenthttp.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TourTest {

    /** A row of the table: the step, then its demo's request count, then its wall time. */
    private static final Pattern ROW = Pattern.compile("(\\S+) +(\\d+) x .*? (\\d+\\.\\d\\d) s .*");

    @Test
    void visitsEveryStepAndEndsInATableWhereConcurrencyWins(@TempDir Path svgs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Tour.run(new String[] {"--sources", "..", "--svg-dir", svgs.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Map<String, Double> requestsPerSecond = new HashMap<>();
        for (TourStep step : Tour.STEPS) {
            assertThat(printed).contains("== " + step.module() + ": the three URLs");
            assertThat(svgs.resolve(step.module() + ".svg")).exists();
            List<String> row = printed.lines().filter(line -> line.startsWith(step.module() + " ")).toList();
            assertThat(row).as("table row of %s", step.module()).hasSize(1);
            assertThat(row.getFirst()).matches(".* \\d+\\.\\d\\d s .* \\d+\\.\\d\\dx .* \\d+ lines");
            double ratio = Double.parseDouble(row.getFirst().replaceAll(".* (\\d+\\.\\d\\d)x .*", "$1"));
            assertThat(ratio).as("%s: wall over floor, with room for a busy machine", step.module()).isBetween(0.9, 3.0);
            Matcher cells = ROW.matcher(row.getFirst());
            assertThat(cells.matches()).as("step, requests and wall in %s", row.getFirst()).isTrue();
            requestsPerSecond.put(step.module(), Double.parseDouble(cells.group(2)) / Double.parseDouble(cells.group(3)));
        }
        TourStep oneAtATime = Tour.STEPS.stream().filter(step -> !step.concurrent()).findFirst().orElseThrow();
        for (TourStep step : Tour.STEPS.stream().filter(TourStep::concurrent).toList()) {
            assertThat(requestsPerSecond.get(step.module()))
                    .as("requests a second: %s, with up to %d at once, against %s, one at a time (%s)",
                            step.module(), Tour.LIMIT, oneAtATime.module(), requestsPerSecond)
                    .isGreaterThan(5 * requestsPerSecond.get(oneAtATime.module()));
        }
    }

    @Test
    void rejectsAnUnknownOptionInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Tour.run(new String[] {"--fast"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString().contains("--fast");
    }
}
