package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesKeysSortedWithATwoSpaceIndentAndATrailingNewline() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of("x", "y"));
        value.put("a", Map.of("n", 1));
        assertThat(Json.pretty(value)).isEqualTo("""
                {
                  "a": {
                    "n": 1
                  },
                  "b": [
                    "x",
                    "y"
                  ]
                }
                """);
    }

    @Test
    void writesEmptyContainersOnOneLine() {
        assertThat(Json.pretty(Map.of("args", Map.of(), "list", List.of())))
                .isEqualTo("{\n  \"args\": {},\n  \"list\": []\n}\n");
    }

    @Test
    void writesNullBooleansAndNumbers() {
        assertThat(Json.pretty(Arrays.asList(null, true, false, 42, 7L)))
                .isEqualTo("[\n  null,\n  true,\n  false,\n  42,\n  7\n]\n");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.pretty("a\"b\\c\n\r\t\b\f\u0001/")).isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001/\"\n");
    }

    @Test
    void escapesEverythingOutsidePrintableAsciiAsPythonDoes() {
        assertThat(Json.pretty("é€😀\u007f")).isEqualTo("\"\\u00e9\\u20ac\\ud83d\\ude00\\u007f\"\n");
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> Json.pretty(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.pretty(Map.of(1, "one"))).isInstanceOf(IllegalArgumentException.class);
    }
}
