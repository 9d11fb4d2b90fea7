package dev.concurrenthttp.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** How the figures were taken, printed above them: runs, machine, pinning, flags and versions. */
record Setup(String text, boolean pinned) {

    static Setup describe(BenchmarkOptions options, Tools tools, List<String> speedFlags, List<String> costFlags,
            List<String> serverFlags) {
        List<String> lines = new ArrayList<>();
        String warmup = options.warmupSeconds() == 0 ? "one warm-up run"
                : "at least " + trim(options.warmupSeconds()) + " s of warm-up for L1 and "
                        + trim(Benchmark.T1_WARMUP_FACTOR * options.warmupSeconds())
                        + " s for T1 (until three runs in a row agree within 10%)";
        lines.add(String.format(Locale.ROOT, "%s run: %d counted runs per row after %s; medians with [min-max].",
                options.quick() ? "Quick" : "Full", options.runs(), warmup));
        lines.add(String.format(Locale.ROOT, "Machine: %d cores, load average %s at the start; %s %s; Java %s.",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("os.name"),
                System.getProperty("os.version"), Runtime.version()));
        lines.add(tools.canPin()
                ? "Pinning: measured programs on core " + Benchmark.CLIENT_CORE + " (taskset -c " + Benchmark.CLIENT_CORE
                        + "), servers on core " + Benchmark.SERVER_CORE + " (taskset -c " + Benchmark.SERVER_CORE + ")."
                : "NOT PINNED: " + (tools.taskset().isEmpty() ? "taskset not found" : "fewer than 2 cores")
                        + "; clients and servers share every core, so the figures are noisier.");
        lines.add("Measured JVMs, a fresh one per step and job: java " + String.join(" ", speedFlags)
                + " for L1 and T1, java " + String.join(" ", costFlags) + " for C1;"
                + " the local httpbin: java " + String.join(" ", serverFlags) + ".");
        List<String> versions = new ArrayList<>();
        tools.nginx().ifPresent(nginx -> versions.add(firstLine(List.of(nginx.toString(), "-v"))
                .replace("nginx version: ", "") + " (1 process, /uuid from memory)"));
        tools.wrk().ifPresent(wrk -> versions.add(firstLine(List.of(wrk.toString(), "-v")).replaceAll(" \\[.*", "")
                + " (-t1 -c" + BenchmarkOptions.T1_LIMIT + ")"));
        if (tools.aiohttp()) {
            versions.add("Python " + firstLine(List.of(tools.python().orElseThrow().toString(), "-c",
                    "import sys, aiohttp; print(sys.version.split()[0], 'with aiohttp', aiohttp.__version__)")));
        }
        if (!versions.isEmpty()) {
            lines.add("Beside Java: " + String.join("; ", versions) + ".");
        }
        return new Setup(PageWidth.fit(String.join("\n", lines) + "\n"), tools.canPin());
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String firstLine(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return command.getFirst();
            }
            Optional<String> line = new String(process.getInputStream().readAllBytes()).lines().findFirst();
            return line.orElse(command.getFirst()).strip();
        } catch (IOException e) {
            return command.getFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return command.getFirst();
        }
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
