package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusCodesTest {

    @Test
    void picksTheOneCodeGiven() {
        assertThat(StatusCodes.pick("503")).isEqualTo(503);
    }

    @Test
    void picksEachOfSeveralCodesSometimes() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(StatusCodes.pick("200,201,202"));
        }
        assertThat(seen).containsExactlyInAnyOrder(200, 201, 202);
    }

    @Test
    void neverPicksACodeOfWeightZero() {
        for (int i = 0; i < 200; i++) {
            assertThat(StatusCodes.pick("500:0,502")).isEqualTo(502);
        }
    }

    @Test
    void refusesWhatIsNotASendableCode() {
        for (String codes : new String[] {"abc", "", "100", "199", "1000", "200,abc", "200:x,201", "200:-1,201", "200:0,201:0"}) {
            assertThat(StatusCodes.pick(codes)).as(codes).isEqualTo(-1);
        }
    }

    @Test
    void answersHttpbinsTeapot() {
        Reply teapot = StatusCodes.forCode(418);
        assertThat(new String(teapot.body(), StandardCharsets.UTF_8)).contains("-=[ teapot ]=-");
        assertThat(teapot.body()).hasSize(135);
        assertThat(teapot.headers()).containsEntry("x-more-info", "http://tools.ietf.org/html/rfc2324");
    }

    @Test
    void answersMostCodesWithAnEmptyHtmlBody() {
        Reply reply = StatusCodes.forCode(503);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.headers()).containsEntry("Content-Type", "text/html; charset=utf-8");
    }

    @Test
    void pointsRedirectsAtRedirectOne() {
        assertThat(StatusCodes.forCode(302).headers()).containsEntry("Location", "/redirect/1");
    }
}
