package dev.concurrenthttp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.Outcome;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final long SECOND = 1_000_000_000L;
    private static final URI A = URI.create("http://h/delay/1");
    private static final URI B = URI.create("http://h/status/500?x=1");

    private final List<Outcome> staircase = List.of(
            new Outcome.Success(A, "{}", 10 * SECOND, 11 * SECOND),
            new Outcome.Failure(B, new HttpStatusException(B, 500), 11 * SECOND, 12 * SECOND));

    @Test
    void measuresEachBarFromTheStartOfTheRun() {
        Timeline timeline = Timeline.of(staircase, 10 * SECOND, 12 * SECOND);

        assertThat(timeline.seconds()).isEqualTo(2.0);
        assertThat(timeline.bars()).containsExactly(
                new Timeline.Bar("/delay/1", 0.0, 1.0, true),
                new Timeline.Bar("/status/500?x=1", 1.0, 2.0, false));
    }

    @Test
    void drawsAStaircaseAsText() {
        List<String> rows = TextTimeline.render(Timeline.of(staircase, 10 * SECOND, 12 * SECOND)).lines().toList();

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("1 /delay/1        |" + "#".repeat(25) + " ".repeat(25) + "|");
        assertThat(rows.get(2)).startsWith("2 /status/500?x=1 |" + " ".repeat(25) + "x".repeat(25) + "|").endsWith("failed");
    }

    @Test
    void drawsOneRectanglePerRequestInSvg() {
        String svg = SvgTimeline.render(Timeline.of(staircase, 10 * SECOND, 12 * SECOND), "a <title> & more");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
        assertThat(svg.split("<rect ", -1)).hasSize(1 + 1 + 2); // background and one per request
        assertThat(svg).contains("a &lt;title&gt; &amp; more").doesNotContain("<title> &");
    }
}
