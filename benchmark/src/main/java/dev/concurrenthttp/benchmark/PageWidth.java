package dev.concurrenthttp.benchmark;

import java.util.stream.Collectors;

/** The benchmark's text fits the guide's listings: no line wider than a projector shows. */
final class PageWidth {

    static final int COLUMNS = 100;

    private PageWidth() {
    }

    /** {@code text} with every line over {@link #COLUMNS} broken at spaces, its rest indented. */
    static String fit(String text) {
        String fitted = text.lines().map(PageWidth::fitLine).collect(Collectors.joining("\n"));
        return text.endsWith("\n") ? fitted + "\n" : fitted;
    }

    private static String fitLine(String line) {
        StringBuilder out = new StringBuilder();
        String rest = line;
        while (rest.length() > COLUMNS) {
            int cut = rest.lastIndexOf(' ', COLUMNS);
            if (cut <= rest.length() - rest.stripLeading().length()) {
                break; // one word wider than the page: leave it whole
            }
            out.append(rest, 0, cut).append('\n');
            rest = "  " + rest.substring(cut + 1).stripLeading();
        }
        return out.append(rest).toString();
    }
}
