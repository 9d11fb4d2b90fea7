package dev.concurrenthttp.cli;

import dev.concurrenthttp.support.Outcome;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What a run prints: each body in input order (unless quiet), one line per failed request, the
 * timeline if asked for, and the last line, {@code done: <ok> ok, <failed> failed, <n> requests
 * in <wall> s}.
 */
public final class Report {

    private Report() {
    }

    public static void print(PrintStream out, MeasuredRun run, StepOptions options) {
        for (Outcome outcome : run.outcomes()) {
            switch (outcome) {
                case Outcome.Success success -> {
                    if (!options.quiet()) {
                        out.print(success.body());
                        if (!success.body().endsWith("\n")) {
                            out.println();
                        }
                    }
                }
                case Outcome.Failure failure -> out.println(failureLine(failure));
            }
        }
        if (options.timeline()) {
            out.print(TextTimeline.render(run.timeline()));
        }
        if (options.stats()) {
            out.println(run.stats().line());
        }
        out.println(run.doneLine());
    }

    public static String failureLine(Outcome.Failure failure) {
        return "FAILED " + failure.url() + ": " + failure.error().reason();
    }

    public static String doneLine(List<Outcome> outcomes, long wallNanos) {
        long ok = outcomes.stream().filter(Outcome::succeeded).count();
        return String.format(Locale.ROOT, "done: %d ok, %d failed, %d requests in %.2f s",
                ok, outcomes.size() - ok, outcomes.size(), wallNanos / 1e9);
    }
}
