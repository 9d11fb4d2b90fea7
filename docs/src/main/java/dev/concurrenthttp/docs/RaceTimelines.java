package dev.concurrenthttp.docs;

import dev.concurrenthttp.cli.SvgTimeline;
import dev.concurrenthttp.cli.Timeline;
import dev.concurrenthttp.httpbin.scenarios.Exchange;
import dev.concurrenthttp.httpbin.scenarios.Exchange.Ending;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A race as the scenario server saw it: one bar per request, from its arrival to its end,
 * blue if it was answered with a 200, red if it ended otherwise (hung up by its client, closed,
 * or a non-200). Many requests are drawn in groups, one bar from the first arrival to the last end.
 */
final class RaceTimelines {

    private RaceTimelines() {
    }

    static String render(List<Exchange> exchanges, String title, int perBar) {
        List<Exchange> arrivals = exchanges.stream().sorted(Comparator.comparingLong(Exchange::arrivedNanos)).toList();
        if (arrivals.isEmpty()) {
            return SvgTimeline.render(new Timeline(List.of(), 0), title + ": no requests seen");
        }
        long origin = arrivals.getFirst().arrivedNanos();
        long end = arrivals.stream().mapToLong(Exchange::endedNanos).max().orElse(origin);
        List<Timeline.Bar> bars = new ArrayList<>();
        for (int first = 0; first < arrivals.size(); first += perBar) {
            List<Exchange> group = arrivals.subList(first, Math.min(first + perBar, arrivals.size()));
            bars.add(bar(group, first, origin));
        }
        arrivals.stream().filter(RaceTimelines::won).findFirst().filter(winner -> perBar > 1)
                .ifPresent(winner -> bars.add(new Timeline.Bar("the winner", seconds(winner.arrivedNanos() - origin),
                        seconds(winner.endedNanos() - origin), true)));
        return SvgTimeline.render(new Timeline(bars, seconds(end - origin)), title);
    }

    private static Timeline.Bar bar(List<Exchange> group, int first, long origin) {
        long start = group.getFirst().arrivedNanos();
        long end = group.stream().mapToLong(Exchange::endedNanos).max().orElse(start);
        String label = group.size() == 1 ? "request " + (first + 1) + ": " + ending(group.getFirst())
                : "requests " + (first + 1) + "-" + (first + group.size());
        return new Timeline.Bar(label, seconds(start - origin), seconds(end - origin), group.stream().allMatch(RaceTimelines::won));
    }

    private static boolean won(Exchange exchange) {
        return exchange.ending() == Ending.ANSWERED && exchange.status() == 200;
    }

    private static String ending(Exchange exchange) {
        return switch (exchange.ending()) {
            case ANSWERED -> "answered " + exchange.status();
            case CLOSED_BY_SERVER -> "closed by the server";
            case HUNG_UP -> "cancelled by the client";
        };
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
