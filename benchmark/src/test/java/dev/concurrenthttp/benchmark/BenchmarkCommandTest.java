package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Path OUT = Path.of("target/benchmark");

    @Test
    void defaultsToTheFullBenchmark() {
        Options options = Options.parse(new String[0], OUT);

        assertThat(options.sizes()).containsExactly(100, 1000, 5000);
        assertThat(options.t1Requests()).isEqualTo(20_000);
        assertThat(options.runs()).isGreaterThanOrEqualTo(5);
        assertThat(options.largestSize()).isEqualTo(5000);
    }

    @Test
    void quickIsSmallAndTheOtherOptionsStillApply() {
        Options options = Options.parse(new String[] {"--runs", "2", "--quick", "--sizes", "10,20", "--out", "x"}, OUT);

        assertThat(options.quick()).isTrue();
        assertThat(options.runs()).isEqualTo(2);
        assertThat(options.sizes()).isEqualTo(List.of(10, 20));
        assertThat(options.out()).isEqualTo(Path.of("x"));
    }

    @Test
    void namesTheBadValue() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--runs", "many"}, OUT))
                .hasMessageContaining("--runs").hasMessageContaining("many");
        assertThatThrownBy(() -> Options.parse(new String[] {"--sizes", "100,0"}, OUT)).hasMessageContaining("--sizes");
        assertThatThrownBy(() -> Options.parse(new String[] {"--warmup"}, OUT)).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Options.parse(new String[] {"--fast"}, OUT)).hasMessageContaining("unknown option --fast");
    }
}
