package dev.concurrenthttp.step5;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Runs scenarios in one style, each to its verdict. The answer must be {@code right}; where the
 * server can be asked ({@link ServerCounts}), the race must also have left none of its requests
 * pending there, or a loser was never cancelled.
 */
final class CourseRun {

    static final String RIGHT = "right";
    private static final Duration LOSERS_GONE_WITHIN = Duration.ofSeconds(3);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final URI base;
    private final Optional<ServerCounts> counts;

    CourseRun(URI base, Optional<ServerCounts> counts) {
        this.base = base;
        this.counts = counts;
    }

    /** Runs {@code scenarios} in {@code style}, handing each verdict to {@code report} as it comes. */
    List<Verdict> run(String style, List<Integer> scenarios, Consumer<Verdict> report) {
        List<Verdict> verdicts = new ArrayList<>();
        try (Course course = Styles.open(style, base)) {
            for (int n : scenarios) {
                Verdict verdict = run(course, style, n);
                verdicts.add(verdict);
                report.accept(verdict);
            }
        }
        return verdicts;
    }

    private Verdict run(Course course, String style, int n) {
        THREADS.resetPeakThreadCount(); // counts platform threads only
        long start = System.nanoTime();
        String why;
        try {
            String answer = course.scenario(n);
            why = answer.equals(RIGHT) ? losersLeft(n) : "the answer was \"" + oneLine(answer) + "\", not right";
        } catch (Exception e) {
            why = reason(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Verdict(style, n, why == null, why, seconds, THREADS.getPeakThreadCount());
    }

    /** Null if no request of the scenario is still pending at the server; else what is wrong. */
    private String losersLeft(int n) {
        if (counts.isEmpty()) {
            return null;
        }
        try {
            int pending = counts.get().awaitNonePending(n, LOSERS_GONE_WITHIN);
            return pending == 0 ? null : pending + " requests still pending at the server "
                    + LOSERS_GONE_WITHIN.toSeconds() + " s after the race: losers not cancelled";
        } catch (IOException e) {
            return "the server could not say what is pending: " + reason(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The failure in one line: the innermost meaningful message, with its type when that says more. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return oneLine(message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + message);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
