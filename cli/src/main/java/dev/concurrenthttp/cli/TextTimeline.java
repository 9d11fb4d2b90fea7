package dev.concurrenthttp.cli;

import java.util.Locale;

/** Draws a {@link Timeline} as text: one row per request, {@code #} while it was in flight. */
public final class TextTimeline {

    private static final int WIDTH = 50;

    private TextTimeline() {
    }

    public static String render(Timeline timeline) {
        double span = Math.max(timeline.seconds(), 1e-3);
        int labelWidth = timeline.bars().stream().mapToInt(b -> b.label().length()).max().orElse(0);
        int numberWidth = String.valueOf(timeline.bars().size()).length();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "timeline: %d requests over %.2f s, one column = %.3f s%n",
                timeline.bars().size(), timeline.seconds(), span / WIDTH));
        int row = 0;
        for (Timeline.Bar bar : timeline.bars()) {
            int from = Math.min(WIDTH - 1, (int) Math.floor(bar.start() / span * WIDTH));
            int to = Math.max(from + 1, Math.min(WIDTH, (int) Math.ceil(bar.end() / span * WIDTH)));
            char mark = bar.ok() ? '#' : 'x';
            out.append(String.format(Locale.ROOT, "%" + numberWidth + "d %-" + labelWidth + "s |", ++row, bar.label()))
                    .append(" ".repeat(from))
                    .append(String.valueOf(mark).repeat(to - from))
                    .append(" ".repeat(WIDTH - to))
                    .append(String.format(Locale.ROOT, "| %5.2f - %5.2f s%s%n", bar.start(), bar.end(),
                            bar.ok() ? "" : " failed"));
        }
        return out.toString();
    }
}
