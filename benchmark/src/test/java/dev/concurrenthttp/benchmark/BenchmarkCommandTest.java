package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrenthttp.commandline.UsageErrors;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class BenchmarkCommandTest {

    /** Reads args as the benchmark would; bad usage throws with the message its one error line shows. */
    private static BenchmarkOptions parse(String... args) {
        BenchmarkCommand command = new BenchmarkCommand(new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream()));
        try {
            new CommandLine(command).parseArgs(args);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(UsageErrors.problem(e, args), e);
        }
        return command.options();
    }

    @Test
    void defaultsToTheFullBenchmark() {
        BenchmarkOptions options = parse();

        assertThat(options.sizes()).containsExactly(100, 1000, 5000);
        assertThat(options.t1Requests()).isEqualTo(20_000);
        assertThat(options.runs()).isGreaterThanOrEqualTo(5);
        assertThat(options.largestSize()).isEqualTo(5000);
        assertThat(options.out()).isEqualTo(Path.of("target", "benchmark"));
    }

    @Test
    void quickIsSmallAndTheOtherOptionsStillApply() {
        BenchmarkOptions options = parse("--runs", "2", "--quick", "--sizes", "10,20", "--out", "x");

        assertThat(options.quick()).isTrue();
        assertThat(options.runs()).isEqualTo(2);
        assertThat(options.sizes()).isEqualTo(List.of(10, 20));
        assertThat(options.out()).isEqualTo(Path.of("x"));
    }

    @Test
    void namesTheBadValue() {
        assertThatThrownBy(() -> parse("--runs", "many")).hasMessageContaining("--runs").hasMessageContaining("many");
        assertThatThrownBy(() -> parse("--sizes", "100,0")).hasMessageContaining("--sizes");
        assertThatThrownBy(() -> parse("--warmup")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse("--fast")).hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> parse("--sizes", "100,20001")).hasMessageContaining("--sizes").hasMessageContaining("20000");
        assertThatThrownBy(() -> parse("--warmup", "601")).hasMessageStartingWith("--warmup 601:");
    }
}
