package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void takesTheMiddleRunOfAnOddCountWhateverTheOrder() {
        Spread spread = Spread.of(List.of(1.30, 1.02, 9.00, 1.05, 1.01));

        assertThat(spread).isEqualTo(new Spread(1.05, 1.01, 9.00, 5));
    }

    @Test
    void averagesTheTwoMiddleRunsOfAnEvenCount() {
        assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
    }

    @Test
    void turnsTheSlowestRunIntoTheLowestRate() {
        Spread rate = Spread.of(List.of(2.0, 4.0, 1.0)).inverted(1000);

        assertThat(rate.median()).isCloseTo(500, within(1e-9));
        assertThat(rate.min()).isCloseTo(250, within(1e-9));
        assertThat(rate.max()).isCloseTo(1000, within(1e-9));
    }

    @Test
    void refusesToSummariseNoRuns() {
        assertThatThrownBy(() -> Spread.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
