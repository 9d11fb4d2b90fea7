package dev.concurrenthttp.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rendered guide's code fits a projector, and pastes as it reads. */
class ListingsFitTest {

    private static final Path PAGE = Path.of("target/generated-docs/index.html");
    private static final int WIDEST = 100;
    private static final Pattern PRE = Pattern.compile("<pre[^>]*>(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("<code[^>]*>(.*?)</code>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @Test
    void noListingLineIsWiderThanAProjectorShows() throws IOException {
        List<String> wide = new ArrayList<>();
        Matcher listing = PRE.matcher(Files.readString(PAGE));
        while (listing.find()) {
            for (String line : text(listing.group(1)).split("\n")) {
                if (line.length() > WIDEST) {
                    wide.add(line.length() + ": " + line);
                }
            }
        }
        assertThat(wide).as("listing lines over %d characters", WIDEST).isEmpty();
    }

    @Test
    void listingsAreSetSmallEnoughForAHundredColumnsBesideTheTableOfContents() throws IOException {
        assertThat(Files.readString(PAGE)).as("the guide's docinfo.html, in the page's head")
                .containsPattern("@media screen and \\(min-width: 1280px\\) \\{\\s*\\.literalblock pre, "
                        + "\\.listingblock > \\.content > pre \\{ font-size: \\.90625em; \\}");
    }

    @Test
    void codeKeepsItsThreeDotsAndQuotesAsTyped() throws IOException {
        List<String> changed = new ArrayList<>();
        Matcher code = CODE.matcher(Files.readString(PAGE));
        while (code.find()) {
            String text = text(code.group(1));
            if (text.matches("(?s).*[\u2026\u2018\u2019\u201c\u201d\u2014].*")) {
                changed.add(text);
            }
        }
        assertThat(changed).as("code whose characters the renderer replaced: it would not paste").isEmpty();
    }

    private static String text(String html) {
        return TAG.matcher(html).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#8230;", "\u2026").replace("&#8217;", "\u2019").replace("&#8216;", "\u2018")
                .replace("&#8220;", "\u201c").replace("&#8221;", "\u201d").replace("&#8212;", "\u2014")
                .replace("&#8201;", " ").replace("&amp;", "&");
    }
}
