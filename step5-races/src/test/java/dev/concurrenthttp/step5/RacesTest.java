package dev.concurrenthttp.step5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import dev.concurrenthttp.httpbin.scenarios.ScenarioServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line: one line per scenario and style, a count, an exit status; bad input named
 * in one line.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RacesTest {

    record Run(int code, String out, String err) {
    }

    static Run races(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Races.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsALinePerStyleAndACountAndRecordsTheFigures(@TempDir Path dir) throws Exception {
        Path record = dir.resolve("races.csv");
        try (ScenarioServer server = ScenarioServer.start()) {
            Run run = races("--base-url", server.baseUri().toString(), "--scenario", "5", "--record", record.toString());

            assertThat(run.code()).as(run.err()).isZero();
            List<String> expected = new ArrayList<>();
            if (!Styles.isAvailable("scope")) {
                expected.add(Styles.SCOPE_SKIPPED);
            }
            Styles.available().forEach(style -> expected.add("scenario 5 (" + style + "): right"));
            expected.add(Styles.available().size() + " of " + Styles.available().size() + " right");
            assertThat(run.out().lines()).containsExactlyElementsOf(expected);
        }
        assertThat(Files.readAllLines(record)).first().isEqualTo(Verdict.CSV_HEADER);
        assertThat(Files.readAllLines(record)).hasSize(Styles.available().size() + 1)
                .allSatisfy(line -> assertThat(line).matches(Verdict.CSV_HEADER + "|[a-z]+,5,right,\\d+\\.\\d{3},\\d+"));
    }

    @Test
    void withoutABaseUrlRunsAServerOfItsOwnAndChecksThatNoLoserIsLeftThere() {
        Run run = races("--style", "threads", "--scenario", "1");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("scenario 1 (threads): right\n1 of 1 right\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void aWrongAnswerSaysWhyAndExitsOne() {
        try (LocalHttpbin httpbin = LocalHttpbin.start()) { // a server, but not the scenario server: 404 for /1
            Run run = races("--base-url", httpbin.baseUri().toString(), "--style", "futures", "--scenario", "1");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).startsWith("scenario 1 (futures): wrong (AllFailedException: every racer failed: ")
                    .contains("status 404").contains("0 of 1 right");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --style|fibers|races: --style fibers: no such style; one of futures, session, threads, scope
            --scenario|12|races: --scenario 12: scenarios are 1 to 11
            --scenario|one|races: --scenario one: not a whole number
            --base-url|localhost|races: --base-url localhost: needs an http:// or https:// URL
            --speed|9|races: unknown option --speed
            """)
    void badInputIsNamedInOneLineAndExitsTwo(String option, String value, String message) {
        Run run = races(option, value);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).as("stderr").singleElement().asString()
                .startsWith(message).contains("; usage: races");
    }
}
