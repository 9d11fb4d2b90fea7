package dev.concurrenthttp.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every row of a benchmark run, as a table, two CSV files and two charts; F1 has no chart. */
record Results(Setup setup, BenchmarkOptions options, List<ResultRow> l1, List<ResultRow> t1, List<ResultRow> c1, List<ResultRow> f1) {

    boolean anyFailed() {
        return rows().stream().anyMatch(row -> row.failed() > 0
                || row.problem().filter(p -> !p.contains("not installed")).isPresent());
    }

    void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("table.txt"), table());
        Files.writeString(dir.resolve("runs.csv"), runsCsv());
        Files.writeString(dir.resolve("summary.csv"), summaryCsv());
        Files.writeString(dir.resolve("l1.svg"), l1Chart());
        Files.writeString(dir.resolve("t1.svg"), t1Chart());
    }

    String table() {
        StringBuilder t = new StringBuilder("\n").append(setup.text());
        skipped(rows()).forEach(line -> t.append(line).append('\n'));
        t.append('\n');
        t.append("L1, latency-bound: N x /delay/1 on the local httpbin, all N allowed in flight. Floor: 1 s.\n");
        t.append("Target for steps 2-4: within 1.15x the floor up to N = 1,000, within 2x at N = 5,000.\n");
        String l1Format = "%-22s %6s  %-24s %8s %9s %8s %8s  %s%n";
        t.append(format(l1Format, "who", "N", "median seconds [min-max]", "x floor", "peak RSS", "threads", "sockets",
                "target"));
        for (ResultRow row : l1) {
            if (!row.hasRuns()) {
                t.append(format(l1Format, row.who(), count(row.job().requests()), "skipped: " + row.problem().orElseThrow(),
                        "", "", "", "", ""));
                continue;
            }
            Spread s = row.seconds();
            RunFigures peaks = row.peaks();
            t.append(format(l1Format, row.who(), count(row.job().requests()),
                    format("%.3f [%.3f-%.3f]", s.median(), s.min(), s.max()),
                    format("%.3fx", row.ratioToFloor().median()), megabytes(peaks.peakRssBytes()),
                    peaks.peakThreads(), peaks.peakSockets(), target(Targets.l1(row)) + failures(row)));
        }
        t.append("Step 1 sends one request at a time, so it takes N x the floor. threads: peak platform threads of"
                + " the process; sockets: peak open sockets.\n\n");

        Optional<ResultRow> wrk = t1.stream().filter(r -> r.who().equals(Benchmark.WRK)).findFirst();
        Optional<ResultRow> aiohttp = t1.stream().filter(r -> r.who().equals(Benchmark.AIOHTTP)).findFirst();
        t.append(format("T1, throughput-bound: %,d x /uuid on nginx, %d in flight (step 1: %,d, one at a time).%n",
                options.t1Requests(), BenchmarkOptions.T1_LIMIT, options.step1T1Requests()));
        t.append("Target for steps 2-4: at least 35% of wrk's rate, and at least 1.5x aiohttp's.\n");
        String t1Format = "%-22s  %-30s %8s %10s  %s%n";
        t.append(format(t1Format, "who", "requests/s: median [min-max]", "% of wrk", "x aiohttp", "target"));
        for (ResultRow row : t1) {
            if (!row.hasRuns()) {
                t.append(format(t1Format, row.who(), "skipped: " + row.problem().orElseThrow(), "", "", ""));
                continue;
            }
            Spread r = row.rate();
            t.append(format(t1Format, row.who(), format("%,.0f [%,.0f-%,.0f]", r.median(), r.min(), r.max()),
                    wrk.filter(ResultRow::hasRuns).map(w -> format("%.0f%%", 100 * r.median() / w.rate().median())).orElse("-"),
                    aiohttp.filter(ResultRow::hasRuns).map(a -> format("%.2fx", r.median() / a.rate().median())).orElse("-"),
                    target(Targets.t1(row, wrk, aiohttp)) + failures(row)));
        }
        t.append("wrk: the same server's rate with a client written in C for nothing else; the ceiling.\n\n");

        int size = options.largestSize();
        t.append(format("C1, cost: %,d x /delay/1, all in flight, in a fresh JVM that runs one batch to warm and one counted;%n", size));
        t.append("the L1 rows above show the same peaks after their longer warm-up. Step 1 keeps one in flight.\n");
        t.append("Target for step 4: at most 512 MB peak RSS and 50 platform threads.\n");
        String c1Format = "%-22s %10s %18s %14s %9s  %s%n";
        t.append(format(c1Format, "who", "peak RSS", "platform threads", "open sockets", "seconds", "target"));
        for (ResultRow row : c1) {
            if (!row.hasRuns()) {
                t.append(format(c1Format, row.who(), "skipped: " + row.problem().orElseThrow(), "", "", "", ""));
                continue;
            }
            RunFigures peaks = row.peaks();
            t.append(format(c1Format, row.who(), megabytes(peaks.peakRssBytes()), peaks.peakThreads(),
                    peaks.peakSockets(), format("%.3f", peaks.seconds()), target(Targets.c1(row)) + failures(row)));
        }
        if (!f1.isEmpty()) {
            t.append('\n').append(FirstRunTable.text(f1, options.runs(), !options.quick()));
        }
        if (options.quick()) {
            t.append("Targets are judged on the full run only: a quick run is too short and too cold for them.\n");
        }
        t.append(format("Little's law: in flight = throughput x latency. %s%n", littlesLaw()));
        return PageWidth.fit(t.toString());
    }

    /** The law checked on the measured rows: the largest L1 run of step 4, and T1's step 4. */
    String littlesLaw() {
        List<String> checks = new ArrayList<>();
        l1.stream().filter(r -> r.who().equals("step4-virtual-threads") && r.hasRuns())
                .reduce((a, b) -> b).ifPresent(r -> checks.add(format(
                        "L1, step 4: %,d in flight / 1 s of latency allows %,d requests/s; measured %,.0f.",
                        r.job().requests(), r.job().requests(), r.rate().median())));
        t1.stream().filter(r -> r.who().equals("step4-virtual-threads") && r.hasRuns()).findFirst()
                .ifPresent(r -> checks.add(format(
                        "T1, step 4: %,.0f requests/s with %d in flight means each took %.2f ms on average.",
                        r.rate().median(), r.job().limit(), 1000.0 * r.job().limit() / r.rate().median())));
        return String.join(" ", checks);
    }

    String runsCsv() {
        StringBuilder csv = new StringBuilder(
                "who,job,requests,in_flight,run,seconds,requests_per_second,ok,failed,peak_rss_bytes,peak_platform_threads,peak_sockets\n");
        for (ResultRow row : rows()) {
            for (int i = 0; i < row.runs().size(); i++) {
                RunFigures run = row.runs().get(i);
                csv.append(format("%s,%s,%d,%d,%d,%.6f,%.1f,%d,%d,%d,%d,%d%n", row.who(), row.job().kind(),
                        row.job().requests(), row.job().limit(), i + 1, run.seconds(), row.job().requests() / run.seconds(),
                        run.ok(), run.failed(), run.peakRssBytes(), run.peakThreads(), run.peakSockets()));
            }
        }
        return csv.toString();
    }

    String summaryCsv() {
        StringBuilder csv = new StringBuilder("who,job,requests,in_flight,runs,median_seconds,min_seconds,max_seconds,"
                + "median_rps,min_rps,max_rps,ratio_to_floor,peak_rss_bytes,peak_platform_threads,peak_sockets,failed,note\n");
        for (ResultRow row : rows()) {
            if (!row.hasRuns()) {
                csv.append(format("%s,%s,%d,%d,0,,,,,,,,,,,,\"%s\"%n", row.who(), row.job().kind(), row.job().requests(),
                        row.job().limit(), row.problem().orElseThrow().replace("\"", "'")));
                continue;
            }
            Spread s = row.seconds();
            Spread r = row.rate();
            RunFigures peaks = row.peaks();
            csv.append(format("%s,%s,%d,%d,%d,%.6f,%.6f,%.6f,%.1f,%.1f,%.1f,%s,%d,%d,%d,%d,\"warm-up: %s\"%n",
                    row.who(), row.job().kind(), row.job().requests(), row.job().limit(), s.runs(), s.median(), s.min(),
                    s.max(), r.median(), r.min(), r.max(),
                    row.job().floorSeconds() > 0 ? format("%.4f", row.ratioToFloor().median()) : "",
                    peaks.peakRssBytes(), peaks.peakThreads(), peaks.peakSockets(), row.failed(), row.warmup()));
        }
        return csv.toString();
    }

    String l1Chart() {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ResultRow row : l1) {
            if (row.hasRuns()) {
                bars.add(new BarChart.Bar("N = " + count(row.job().requests()), row.who(), row.ratioToFloor(),
                        isStep(row)));
            }
        }
        List<BarChart.Line> lines = List.of(new BarChart.Line("the floor: 1 s, every request in flight at once", 1.0, "#222222"),
                new BarChart.Line("target up to N = 1,000: 1.15x the floor", Targets.L1_UP_TO_1000, "#2e8b57"),
                new BarChart.Line("target at N = 5,000: 2x the floor", Targets.L1_AT_5000, "#c8463d"));
        return BarChart.render("L1: time for N requests of /delay/1, over the 1 s floor (median, min-max)",
                "run time / floor", bars, lines, 3, skipped(l1));
    }

    String t1Chart() {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<BarChart.Line> lines = new ArrayList<>();
        for (ResultRow row : t1) {
            if (!row.hasRuns()) {
                continue;
            }
            if (row.who().equals(Benchmark.WRK)) {
                double ceiling = row.rate().median();
                lines.add(new BarChart.Line(format("wrk on the same server: %,.0f requests/s, the ceiling", ceiling),
                        ceiling, "#222222"));
                lines.add(new BarChart.Line("target: 35% of wrk", Targets.T1_SHARE_OF_WRK * ceiling, "#2e8b57"));
            } else {
                bars.add(new BarChart.Bar(format("%,d x /uuid, %d in flight", options.t1Requests(), BenchmarkOptions.T1_LIMIT),
                        row.who() + (row.job().limit() == 1 ? " (1 in flight)" : ""), row.rate(), isStep(row)));
            }
        }
        return BarChart.render("T1: requests per second on nginx (median, min-max)", "requests per second", bars, lines, 0,
                skipped(t1));
    }

    /**
     * One line per reason some rows were not measured, naming them: "Skipped, 6 of 6 rows (T1:
     * wrk (ceiling), ...): nginx not installed (...)". Nothing when every row ran.
     */
    static List<String> skipped(List<ResultRow> rows) {
        Map<String, List<ResultRow>> byReason = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.hasRuns())
                .forEach(row -> byReason.computeIfAbsent(row.problem().orElseThrow(), why -> new ArrayList<>()).add(row));
        List<String> lines = new ArrayList<>();
        byReason.forEach((why, skipped) -> lines.add(format("Skipped, %d of %d rows (%s): %s.", skipped.size(), rows.size(),
                String.join(", ", skipped.stream().map(row -> row.job().kind() + " " + row.who()).toList()), why)));
        return lines;
    }

    private String target(String verdict) {
        return options.quick() ? "" : verdict;
    }

    /** The steps' bars are drawn in colour, the references in grey. */
    private static boolean isStep(ResultRow row) {
        return row.who().startsWith("step");
    }

    private List<ResultRow> rows() {
        return Stream.of(l1, t1, c1, f1).flatMap(List::stream).toList();
    }

    private static String failures(ResultRow row) {
        return row.failed() > 0 ? " (" + row.failed() + " requests FAILED)" : "";
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "-" : format("%.0f MB", bytes / 1048576.0);
    }

    private static String count(int n) {
        return format("%,d", n);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
