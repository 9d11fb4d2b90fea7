package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunFiguresTest {

    @Test
    void readsBackTheLineItPrints() {
        RunFigures run = new RunFigures(1.031234, 998, 2, 81_234_944, 17, 100);

        assertThat(RunFigures.parse(run.line())).isEqualTo(run);
    }

    @Test
    void readsThePythonReferencesLine() {
        RunFigures run = RunFigures.parse("run seconds=0.412000 ok=2000 failed=0 rss=41943040 threads=1 sockets=65");

        assertThat(run).isEqualTo(new RunFigures(0.412, 2000, 0, 41_943_040, 1, 65));
    }

    @Test
    void namesAMissingField() {
        assertThatThrownBy(() -> RunFigures.parse("run seconds=1.0 ok=1 failed=0 rss=1 threads=1"))
                .hasMessageContaining("no sockets=");
    }

    @Test
    void refusesOtherLines() {
        assertThat(RunFigures.isRunLine("warmup runs=3 seconds=10.2 settled=true")).isFalse();
        assertThatThrownBy(() -> RunFigures.parse("warmup runs=3")).isInstanceOf(IllegalArgumentException.class);
    }
}
