package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderNamesTest {

    @Test
    void capitalisesEveryWordAsHttpbinShowsIt() {
        assertThat(HeaderNames.titleCase("User-agent")).isEqualTo("User-Agent");
        assertThat(HeaderNames.titleCase("accept-encoding")).isEqualTo("Accept-Encoding");
        assertThat(HeaderNames.titleCase("X-AMZN-TRACE-ID")).isEqualTo("X-Amzn-Trace-Id");
        assertThat(HeaderNames.titleCase("Dnt")).isEqualTo("Dnt");
    }

    @Test
    void capitalisesALetterAfterADigitLikePythonsTitle() {
        assertThat(HeaderNames.titleCase("x-b3-traceid")).isEqualTo("X-B3-Traceid");
        assertThat(HeaderNames.titleCase("x-1a")).isEqualTo("X-1A");
    }

    @Test
    void turnsUnderscoresIntoDashesAsTheWsgiEnvironmentDoes() {
        assertThat(HeaderNames.titleCase("a_b")).isEqualTo("A-B");
    }
}
