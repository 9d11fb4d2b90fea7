package dev.concurrenthttp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTenForAboutEightTicks() {
        assertThat(AxisTicks.step(8)).isEqualTo(1);
        assertThat(AxisTicks.step(1.234)).isCloseTo(0.2, within(1e-12));
        assertThat(AxisTicks.step(30)).isEqualTo(5);
        assertThat(AxisTicks.step(110_000)).isEqualTo(20_000);
    }

    @Test
    void theSpanEndsOnTheFirstWholeTickAtOrAboveTheValue() {
        assertThat(AxisTicks.niceSpan(1.234)).isCloseTo(1.4, within(1e-9));
        assertThat(AxisTicks.niceSpan(2.0)).isCloseTo(2.0, within(1e-9));
        assertThat(AxisTicks.niceSpan(0)).as("an empty chart still has one tick").isPositive();
    }
}
