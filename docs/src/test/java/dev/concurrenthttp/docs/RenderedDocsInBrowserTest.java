package dev.concurrenthttp.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the rendered guide in headless Chromium, as a reader would, and fails on what a reader
 * would see broken: an image or SVG that does not load, a link to an anchor that is not there,
 * a directive Asciidoctor could not resolve. Keeps a screenshot of the first screen.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RenderedDocsInBrowserTest {

    private static final Path SITE = Path.of("target/generated-docs");
    private static final Path SCREENSHOT = Path.of("target/screenshots/first-screen.png");
    private static final Pattern RESULT = Pattern.compile("DOC-CHECK \\{\"images\":(\\d+),\"problems\":\\[(.*?)]}");

    private HeadlessChromium chromium;

    @BeforeEach
    void findChromium() {
        chromium = HeadlessChromium.find().orElse(null);
        assumeTrue(chromium != null, "Chromium not found (Debian: apt-get install chromium): browser check skipped");
    }

    @Test
    void theGuideShowsEveryImageAndEveryLinkGoesSomewhere() throws Exception {
        assertThat(SITE.resolve("index.html")).as("run ./mvnw verify: the docs render before the tests").exists();
        try (StaticSite site = StaticSite.serve(SITE.toAbsolutePath())) {
            Matcher result = check(site, "index.html");

            assertThat(result.group(2)).as("problems a reader would see").isEmpty();
            assertThat(Integer.parseInt(result.group(1))).as("images on the page").isPositive();
        }
    }

    @Test
    void keepsAScreenshotOfTheFirstScreen() throws Exception {
        try (StaticSite site = StaticSite.serve(SITE.toAbsolutePath())) {
            Files.deleteIfExists(SCREENSHOT);

            chromium.screenshot(site.page("index.html"), SCREENSHOT, 1280, 900);

            assertThat(SCREENSHOT).exists();
            assertThat(Files.size(SCREENSHOT)).as("a blank page compresses to almost nothing").isGreaterThan(20_000);
        }
    }

    @Test
    void theCheckItselfCatchesABrokenPage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.html"), """
                <html><body>
                <img src="images/missing.svg">
                <a href="#nowhere">a link</a>
                <p>Unresolved directive in chapter.adoc - include::missing.java[]</p>
                </body></html>
                """);
        try (StaticSite site = StaticSite.serve(dir)) {
            String problems = check(site, "broken.html").group(2);

            assertThat(problems).contains("image did not load: images/missing.svg",
                    "link to a missing anchor: #nowhere", "page shows: Unresolved directive");
        }
    }

    private Matcher check(StaticSite site, String page) throws Exception {
        String dom = chromium.dumpDom(site.page(page));
        Matcher result = RESULT.matcher(dom);
        assertThat(result.find()).as("the check script's result in the page; the DOM was:%n%s", dom).isTrue();
        return result;
    }
}
