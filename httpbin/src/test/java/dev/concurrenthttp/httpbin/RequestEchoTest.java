package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestEchoTest {

    @Test
    void showsEscapedUtf8InTheUrlAsCharactersAsWerkzeugDoes() {
        assertThat(RequestEcho.unescapeForIri("/get?d=%C3%A9+x&u=%E2%82%AC%F0%9F%98%80"))
                .isEqualTo("/get?d=é+x&u=€😀");
    }

    @Test
    void keepsReservedAndInvalidEscapesInTheUrl() {
        assertThat(RequestEcho.unescapeForIri("/get?a=%26%3D%7F%01%FF%C3")).isEqualTo("/get?a=%26%3D%7F%01%FF%C3");
    }

    @Test
    void unescapesLettersDigitsAndUnreservedMarks() {
        assertThat(RequestEcho.unescapeForIri("/g%65t?x=%41%31%2D%7E")).isEqualTo("/get?x=A1-~");
    }
}
