package dev.concurrenthttp.cli;

import java.util.Locale;

/** Draws a {@link Timeline} as a standalone SVG picture, for the docs. */
public final class SvgTimeline {

    private static final double WIDTH = 760;
    private static final double TOP = 34;
    private static final double AXIS = 34;
    private static final double MAX_PLOT_HEIGHT = 480;
    private static final String OK_COLOUR = "#3b73b9";
    private static final String FAILED_COLOUR = "#c8463d";

    private SvgTimeline() {
    }

    public static String render(Timeline timeline, String title) {
        int rows = Math.max(1, timeline.bars().size());
        double rowHeight = Math.min(18, MAX_PLOT_HEIGHT / rows);
        boolean labelled = rowHeight >= 11;
        double left = labelled ? 20 + 7 * timeline.bars().stream().mapToInt(b -> b.label().length()).max().orElse(0) : 20;
        double plotWidth = WIDTH - left - 20;
        double plotHeight = rowHeight * rows;
        double height = TOP + plotHeight + AXIS;
        double span = AxisTicks.niceSpan(timeline.seconds());

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                        + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<title>%s</title>%n", escape(title)));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                left, escape(title)));

        double step = AxisTicks.step(span);
        for (double t = 0; t <= span + 1e-9; t += step) {
            double x = left + t / span * plotWidth;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n",
                    x, TOP, x, TOP + plotHeight));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#444444\">%s</text>%n",
                    x, TOP + plotHeight + 16, formatSeconds(t, step)));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#444444\">seconds since the first request</text>%n",
                left + plotWidth / 2, TOP + plotHeight + 31));

        int row = 0;
        for (Timeline.Bar bar : timeline.bars()) {
            double y = TOP + row++ * rowHeight;
            double x = left + bar.start() / span * plotWidth;
            double w = Math.max(1, (bar.end() - bar.start()) / span * plotWidth);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"><title>%s %.3f-%.3f s%s</title></rect>%n",
                    x, y + rowHeight * 0.1, w, Math.max(0.5, rowHeight * 0.8), bar.ok() ? OK_COLOUR : FAILED_COLOUR,
                    escape(bar.label()), bar.start(), bar.end(), bar.ok() ? "" : " (failed)"));
            if (labelled) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#222222\">%s</text>%n",
                        left - 6, y + rowHeight * 0.75, escape(bar.label())));
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String formatSeconds(double t, double step) {
        int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f", t);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
