package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageWidthTest {

    @Test
    void aLongLineBreaksAtSpacesAndIndentsWhatFollows() {
        String line = "word ".repeat(50).strip();

        String fitted = PageWidth.fit(line + "\nshort\n");

        assertThat(fitted.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(PageWidth.COLUMNS));
        assertThat(fitted.lines().skip(1).filter(l -> l.startsWith("  word"))).isNotEmpty();
        assertThat(fitted.replace("\n  ", " ")).isEqualTo(line + "\nshort\n");
    }

    @Test
    void aWordWiderThanThePageStaysWhole() {
        String word = "x".repeat(PageWidth.COLUMNS + 5);

        assertThat(PageWidth.fit("see " + word)).isEqualTo("see\n  " + word);
    }
}
