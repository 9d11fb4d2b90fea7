package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readsFloatsAsPythonWrites() {
        assertThat(Numbers.parseFloat("0.5")).isEqualTo(0.5);
        assertThat(Numbers.parseFloat(" 2 ")).isEqualTo(2);
        assertThat(Numbers.parseFloat(".5")).isEqualTo(0.5);
        assertThat(Numbers.parseFloat("5.")).isEqualTo(5);
        assertThat(Numbers.parseFloat("1e-1")).isEqualTo(0.1);
        assertThat(Numbers.parseFloat("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Numbers.parseFloat("NaN")).isNaN();
    }

    @Test
    void refusesJavaOnlyFloatSyntax() {
        for (String text : new String[] {"1d", "1f", "0x1p3", "abc", "", "1 2"}) {
            assertThatThrownBy(() -> Numbers.parseFloat(text)).as(text).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void readsIntegersAndSaturatesHugeOnes() {
        assertThat(Numbers.parseInt(" +42 ")).isEqualTo(42);
        assertThat(Numbers.parseInt("99999999999999999999999")).isEqualTo(Long.MAX_VALUE);
        assertThat(Numbers.parseInt("-99999999999999999999999")).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> Numbers.parseInt("1.5")).isInstanceOf(NumberFormatException.class);
    }
}
