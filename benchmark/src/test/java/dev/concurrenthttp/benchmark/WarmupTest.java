package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmupTest {

    private final Warmup tenSeconds = new Warmup(10);

    @Test
    void keepsGoingBeforeItsTimeEvenWhenRunsAgree() {
        assertThat(tenSeconds.done(List.of(1.0, 1.0, 1.0), 3)).isFalse();
    }

    @Test
    void stopsAfterItsTimeOnceTheLastThreeRunsAgreeWithinTenPercent() {
        assertThat(tenSeconds.done(List.of(3.0, 1.3, 1.08, 1.05, 1.0), 10.5)).isTrue();
        assertThat(tenSeconds.done(List.of(3.0, 1.3, 1.12, 1.0), 10.5)).isFalse();
    }

    @Test
    void twoRunsThatAgreeAreNotEnough() {
        assertThat(tenSeconds.done(List.of(2.9, 2.9, 1.6), 11.5)).isFalse();
        assertThat(tenSeconds.done(List.of(5.0, 2.9, 2.9), 11.5)).isFalse();
    }

    @Test
    void givesUpOnSettlingAtThreeTimesItsTime() {
        assertThat(tenSeconds.done(List.of(1.0, 2.0, 1.0, 2.0), 29)).isFalse();
        assertThat(tenSeconds.done(List.of(1.0, 2.0, 1.0, 2.0), 30)).isTrue();
    }

    @Test
    void zeroSecondsMeansOneRun() {
        Warmup none = new Warmup(0);

        assertThat(none.done(List.of(), 0)).isFalse();
        assertThat(none.done(List.of(5.0), 5)).isTrue();
    }
}
