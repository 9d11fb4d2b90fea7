package dev.concurrenthttp.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * What a run cost the process: the most platform threads alive at once during the run (virtual
 * threads are not counted: that is the point of them) and the peak resident memory of the
 * process, where the operating system tells it ({@code /proc/self/status} on Linux).
 */
public record RunStats(int peakPlatformThreads, OptionalLong peakRssBytes) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Starts counting: the peak thread count from now on. */
    public static void reset() {
        THREADS.resetPeakThreadCount();
    }

    public static RunStats now() {
        return new RunStats(THREADS.getPeakThreadCount(), peakRss());
    }

    public String line() {
        String rss = peakRssBytes.isPresent()
                ? String.format(Locale.ROOT, "%.0f MB", peakRssBytes.getAsLong() / 1e6)
                : "unknown";
        return String.format(Locale.ROOT, "stats: peak platform threads %d, peak RSS %s", peakPlatformThreads, rss);
    }

    private static OptionalLong peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").strip();
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: the figure is simply unknown
        }
        return OptionalLong.empty();
    }
}
