package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void keepsEveryValueOfARepeatedName() {
        assertThat(QueryString.parse("a=1&b=2&b=3"))
                .containsExactly(Map.entry("a", List.of("1")), Map.entry("b", List.of("2", "3")));
    }

    @Test
    void flattensASingleValueToAStringAndRepeatsToAList() {
        assertThat(QueryString.flatten(QueryString.parse("a=1&b=2&b=3")))
                .containsExactly(Map.entry("a", "1"), Map.entry("b", List.of("2", "3")));
    }

    @Test
    void readsANameWithoutAValueAsEmptyAndSkipsEmptyPairs() {
        assertThat(QueryString.parse("a&b=&&=5"))
                .containsExactly(Map.entry("a", List.of("")), Map.entry("b", List.of("")), Map.entry("", List.of("5")));
    }

    @Test
    void splitsOnAmpersandOnly() {
        assertThat(QueryString.parse("e=1;f=2")).containsExactly(Map.entry("e", List.of("1;f=2")));
    }

    @Test
    void decodesPlusAndUtf8Escapes() {
        assertThat(QueryString.decode("%C3%A9+x%20y")).isEqualTo("é x y");
        assertThat(QueryString.decode("%F0%9F%98%80")).isEqualTo("😀");
    }

    @Test
    void leavesABadEscapeAsWrittenAndReplacesBadUtf8() {
        assertThat(QueryString.decode("%zz%4")).isEqualTo("%zz%4");
        assertThat(QueryString.decode("%FF")).isEqualTo("\uFFFD");
    }

    @Test
    void readsNoQueryAsNoParameters() {
        assertThat(QueryString.parse(null)).isEmpty();
        assertThat(QueryString.parse("")).isEmpty();
    }
}
