package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {

    private final List<BarChart.Bar> bars = List.of(
            new BarChart.Bar("N = 100", "step2-futures", new Spread(1.0, 0.9, 1.1, 5), true),
            new BarChart.Bar("N = 100", "step4-virtual-threads", new Spread(2.0, 1.8, 2.5, 5), true),
            new BarChart.Bar("N = 5,000", "aiohttp (reference)", new Spread(1.5, 1.5, 1.6, 5), false));

    @Test
    void drawsOneBarPerRowWithLengthsInProportionToTheMedians() throws Exception {
        Document svg = parse(BarChart.render("L1 & <friends>", "ratio", bars, List.of(), 0));

        List<Element> drawn = withClass(svg, "rect", "bar");
        assertThat(drawn).hasSize(3);
        double first = Double.parseDouble(drawn.get(0).getAttribute("width"));
        double second = Double.parseDouble(drawn.get(1).getAttribute("width"));
        double third = Double.parseDouble(drawn.get(2).getAttribute("width"));
        assertThat(second / first).isCloseTo(2.0, within(0.01));
        assertThat(third / first).isCloseTo(1.5, within(0.01));
        assertThat(drawn.get(2).getAttribute("fill")).isEqualTo(BarChart.REFERENCE_COLOUR);
        assertThat(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("L1 & <friends>");
    }

    @Test
    void saysUnderTheChartWhatIsNotDrawnAndWhyInLinesThatFit() throws Exception {
        String why = "Skipped, 6 of 6 rows (T1 wrk (ceiling), T1 step1-blocking, T1 step2-futures, T1 step3-async-client,"
                + " T1 step4-virtual-threads, T1 aiohttp (reference)): nginx not installed (apt-get install -y nginx-light).";

        Document svg = parse(BarChart.render("T1", "requests per second", List.of(), List.of(), 0, List.of(why)));

        List<Element> notes = withClass(svg, "text", "note");
        assertThat(notes).hasSizeGreaterThan(1)
                .allSatisfy(note -> assertThat(note.getTextContent()).hasSizeLessThanOrEqualTo(BarChart.NOTE_CHARACTERS));
        assertThat(String.join(" ", notes.stream().map(Element::getTextContent).toList())).isEqualTo(why);
        assertThat(withClass(svg, "rect", "bar")).isEmpty();
    }

    @Test
    void drawsEachWhiskerFromTheFastestToTheSlowestRun() throws Exception {
        Document svg = parse(BarChart.render("t", "ratio", bars, List.of(), 0));

        Element bar = withClass(svg, "rect", "bar").get(1);
        Element whisker = withClass(svg, "line", "whisker").get(1);
        double left = Double.parseDouble(bar.getAttribute("x"));
        double perUnit = Double.parseDouble(bar.getAttribute("width")) / 2.0;
        assertThat(Double.parseDouble(whisker.getAttribute("x1"))).isCloseTo(left + 1.8 * perUnit, within(0.2));
        assertThat(Double.parseDouble(whisker.getAttribute("x2"))).isCloseTo(left + 2.5 * perUnit, within(0.2));
    }

    @Test
    void drawsTheReferenceLinesWhereTheirValuesAre() throws Exception {
        Document svg = parse(BarChart.render("t", "ratio", bars,
                List.of(new BarChart.Line("the floor", 1.0, "#222222")), 0));

        Element bar = withClass(svg, "rect", "bar").get(0);
        Element floor = withClass(svg, "line", "reference").getFirst();
        double barEnd = Double.parseDouble(bar.getAttribute("x")) + Double.parseDouble(bar.getAttribute("width"));
        assertThat(Double.parseDouble(floor.getAttribute("x1"))).isCloseTo(barEnd, within(0.2));
    }

    @Test
    void cutsABarLongerThanTheAxisAndMarksIt() throws Exception {
        List<BarChart.Bar> withStep1 = new ArrayList<>(bars);
        withStep1.add(new BarChart.Bar("N = 10", "step1-blocking", new Spread(10.0, 10.0, 10.1, 5), true));

        String svg = BarChart.render("t", "ratio", withStep1, List.of(), 3);

        List<Element> drawn = withClass(parse(svg), "rect", "bar");
        double longest = drawn.stream().mapToDouble(e -> Double.parseDouble(e.getAttribute("width"))).max().orElseThrow();
        assertThat(Double.parseDouble(drawn.get(3).getAttribute("width"))).isEqualTo(longest);
        assertThat(svg).contains("10.00 \u2192");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> withClass(Document svg, String tag, String cssClass) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }
}
