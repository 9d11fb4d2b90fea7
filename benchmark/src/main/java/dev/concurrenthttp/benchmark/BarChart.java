package dev.concurrenthttp.benchmark;

import dev.concurrenthttp.cli.AxisTicks;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars with min-max whiskers, in groups, with vertical reference lines (the floor, a
 * target, wrk's ceiling), drawn as a standalone SVG in the style of the guide's timelines. A bar
 * longer than the axis is cut at its end and marked with an arrow, its median still written.
 */
final class BarChart {

    record Bar(String group, String label, Spread value, boolean highlighted) {
    }

    record Line(String label, double value, String colour) {
    }

    static final double WIDTH = 760;
    static final double ROW = 20;
    static final double TOP = 40;
    static final double AXIS = 40;
    static final String BAR_COLOUR = "#3b73b9";
    static final String REFERENCE_COLOUR = "#9a9a9a";
    static final String WHISKER_COLOUR = "#222222";
    /** About what fits across the chart at its font size. */
    static final int NOTE_CHARACTERS = 110;

    private BarChart() {
    }

    /** {@code axisMax} bounds the axis; 0 fits it to the longest whisker and line. */
    static String render(String title, String axisLabel, List<Bar> bars, List<Line> lines, double axisMax) {
        return render(title, axisLabel, bars, lines, axisMax, List.of());
    }

    /** As above, with {@code notes} written under the legend: what is not drawn, and why. */
    static String render(String title, String axisLabel, List<Bar> bars, List<Line> lines, double axisMax,
            List<String> notes) {
        List<String> noteLines = notes.stream().flatMap(note -> wrap(note, NOTE_CHARACTERS).stream()).toList();
        double fitted = Math.max(bars.stream().mapToDouble(b -> b.value().max()).max().orElse(1),
                lines.stream().mapToDouble(Line::value).max().orElse(0)) * 1.05;
        double span = AxisTicks.niceSpan(axisMax > 0 ? Math.min(axisMax, fitted) : fitted);
        double left = 20 + 7 * bars.stream().mapToInt(b -> b.label().length()).max().orElse(0);
        double plotWidth = WIDTH - left - 70;
        List<String> groups = bars.stream().map(Bar::group).distinct().toList();
        double plotHeight = ROW * (bars.size() + groups.size());
        double height = TOP + plotHeight + AXIS + 18 * lines.size() + 18 * noteLines.size();

        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append(format("<title>%s</title>%n", escape(title)));
        svg.append(format("<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", WIDTH, height));
        svg.append(format("<text x=\"20\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", escape(title)));

        double step = AxisTicks.step(span);
        for (double t = 0; t <= span + 1e-9; t += step) {
            double x = left + t / span * plotWidth;
            svg.append(format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n",
                    x, TOP, x, TOP + plotHeight));
            svg.append(format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#444444\">%s</text>%n",
                    x, TOP + plotHeight + 16, tick(t, step)));
        }
        svg.append(format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#444444\">%s</text>%n",
                left + plotWidth / 2, TOP + plotHeight + 32, escape(axisLabel)));

        double y = TOP;
        for (String group : groups) {
            svg.append(format("<text x=\"20\" y=\"%.1f\" font-weight=\"bold\" fill=\"#222222\">%s</text>%n",
                    y + ROW * 0.7, escape(group)));
            y += ROW;
            for (Bar bar : bars.stream().filter(b -> b.group().equals(group)).toList()) {
                svg.append(bar(bar, y, left, plotWidth, span));
                y += ROW;
            }
        }
        double legendY = TOP + plotHeight + AXIS + 12;
        for (Line line : lines) {
            double x = left + Math.min(line.value(), span) / span * plotWidth;
            svg.append(format("<line class=\"reference\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"2\" stroke-dasharray=\"6 3\"><title>%s</title></line>%n",
                    x, TOP - 4, x, TOP + plotHeight, line.colour(), escape(line.label())));
            svg.append(format("<line x1=\"20\" y1=\"%.1f\" x2=\"44\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\""
                    + " stroke-dasharray=\"6 3\"/>%n", legendY - 4, legendY - 4, line.colour()));
            svg.append(format("<text x=\"52\" y=\"%.1f\" fill=\"#222222\">%s</text>%n", legendY, escape(line.label())));
            legendY += 18;
        }
        for (String note : noteLines) {
            svg.append(format("<text class=\"note\" x=\"20\" y=\"%.1f\" fill=\"#a33a2f\">%s</text>%n", legendY,
                    escape(note)));
            legendY += 18;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String bar(Bar bar, double y, double left, double plotWidth, double span) {
        Spread v = bar.value();
        boolean cut = v.median() > span;
        double width = Math.max(1, Math.min(v.median(), span) / span * plotWidth);
        double whiskerFrom = left + Math.min(v.min(), span) / span * plotWidth;
        double whiskerTo = left + Math.min(v.max(), span) / span * plotWidth;
        double middle = y + ROW / 2;
        StringBuilder svg = new StringBuilder();
        svg.append(format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#222222\">%s</text>%n",
                left - 6, y + ROW * 0.7, escape(bar.label())));
        svg.append(format("<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.2f\" height=\"%.1f\" fill=\"%s\">"
                + "<title>%s: median %s, min %s, max %s</title></rect>%n",
                left, y + ROW * 0.15, width, ROW * 0.7, bar.highlighted() ? BAR_COLOUR : REFERENCE_COLOUR,
                escape(bar.label()), number(v.median()), number(v.min()), number(v.max())));
        svg.append(format("<line class=\"whisker\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                whiskerFrom, middle, whiskerTo, middle, WHISKER_COLOUR));
        for (double x : new double[] {whiskerFrom, whiskerTo}) {
            svg.append(format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                    x, middle - 4, x, middle + 4, WHISKER_COLOUR));
        }
        double labelX = left + Math.min(Math.max(v.max(), v.median()), span) / span * plotWidth + 6;
        svg.append(format("<text x=\"%.1f\" y=\"%.1f\" fill=\"#222222\">%s%s</text>%n",
                labelX, y + ROW * 0.7, number(v.median()), cut ? " \u2192" : ""));
        return svg.toString();
    }

    /** {@code text} in lines of at most {@code width} characters, broken at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String tick(double t, double step) {
        if (step >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", t);
        }
        int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f", t);
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
