package dev.concurrenthttp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrenthttp.commandline.UsageErrors;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

class StepOptionsTest {

    /** Reads args as a step would; bad usage throws with the message the one error line shows. */
    private static StepOptions parse(boolean concurrent, String... args) {
        CommandSpec command = StepOptions.declare(CommandSpec.create().name("a-step"));
        try {
            new CommandLine(command).parseArgs(args);
            return StepOptions.read(command, concurrent);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(UsageErrors.problem(e, args), e);
        }
    }

    @Test
    void withNoArgumentsAsksForTheThreePathsOfThePythonTutorial() {
        StepOptions options = parse(true);

        assertThat(options.baseUrl()).isEmpty();
        assertThat(options.paths()).containsExactly("/uuid", "/user-agent", "/headers");
        assertThat(options.limit()).isEqualTo(100);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.retries()).as("retries are opt-in").isZero();
    }

    @Test
    void readsHowManyRetriesToAllow() {
        assertThat(parse(true, "--retries", "3").retries()).isEqualTo(3);
        assertThat(parse(false, "--retries=0").retries()).isZero();
    }

    @Test
    void buildsEachUrlRepeatTimesInPathOrder() {
        StepOptions options = parse(true, "--path", "/a", "--path=b?x=1", "--repeat", "2");

        assertThat(options.urls(URI.create("http://host:1/base/"))).extracting(URI::toString).containsExactly(
                "http://host:1/base/a", "http://host:1/base/a", "http://host:1/base/b?x=1", "http://host:1/base/b?x=1");
    }

    @Test
    void readsFractionalSecondsForTheTimeout() {
        assertThat(parse(true, "--timeout", "0.25").timeout()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aSequentialStepKeepsOneRequestInFlightAndRejectsLimit() {
        assertThat(parse(false).limit()).isEqualTo(1);
        assertThatThrownBy(() -> parse(false, "--limit", "5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--limit 5");
    }

    @Test
    void namesTheInputItCannotUse() {
        assertThatThrownBy(() -> parse(true, "--limit", "0")).hasMessage("--limit 0: must be at least 1");
        assertThatThrownBy(() -> parse(true, "--timeout", "NaN")).hasMessageStartingWith("--timeout NaN:");
        assertThatThrownBy(() -> parse(true, "--timeout", "1e9")).hasMessageStartingWith("--timeout 1e9:");
        assertThatThrownBy(() -> parse(true, "--base-url", "localhost:8080"))
                .hasMessageStartingWith("--base-url localhost:8080:");
        assertThatThrownBy(() -> parse(true, "--path", "/a b")).hasMessageStartingWith("--path /a b:");
        assertThatThrownBy(() -> parse(true, "--repeat")).hasMessage("--repeat needs a value");
        assertThatThrownBy(() -> parse(true, "--retries", "-1"))
                .hasMessage("--retries -1: must be from 0 (no retries) to 100");
        assertThatThrownBy(() -> parse(true, "--retries", "two")).hasMessage("--retries two: not a whole number");
    }

    @Test
    void namesAnOptionWithItsValueAsTyped() {
        assertThatThrownBy(() -> parse(true, "--limit=x")).hasMessage("--limit=x: not a whole number");
        assertThatThrownBy(() -> parse(true, "--quiet=yes")).hasMessageStartingWith("--quiet=yes:");
    }

    @Test
    void takesTheShortNamesApacheBenchUsesForHowManyAndHowManyAtOnce() {
        StepOptions options = parse(true, "--path", "/a", "-n", "3", "-c", "2", "-q");

        assertThat(options.urls(URI.create("http://host:1"))).hasSize(3);
        assertThat(options.limit()).isEqualTo(2);
        assertThat(options.quiet()).isTrue();
    }

    @Test
    void namesAShortOptionAsTyped() {
        assertThatThrownBy(() -> parse(true, "-n", "x")).hasMessage("-n x: not a whole number");
        assertThatThrownBy(() -> parse(true, "-c", "0")).hasMessage("-c 0: must be at least 1");
    }
}
