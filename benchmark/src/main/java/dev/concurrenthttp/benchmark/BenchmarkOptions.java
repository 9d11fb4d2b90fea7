package dev.concurrenthttp.benchmark;

import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's settings. The defaults are the full benchmark; {@code --quick} is the short
 * run the docs build captures. {@link BenchmarkCommand} reads them from the command line.
 *
 * @param sizes        L1's N for steps 2-4 and aiohttp, all in flight at once
 * @param step1Size    L1's N for step 1, which takes N seconds
 * @param t1Requests   T1's GETs per run
 * @param step1T1Requests T1's GETs per run for step 1, one at a time
 * @param warmupSeconds the least warm-up per measured program
 * @param runs         counted runs per row
 * @param wrkSeconds   the length of each counted wrk run
 * @param allowMissing skip the rows whose tools are missing instead of stopping
 * @param jfr          record each measured JVM with Java Flight Recorder
 * @param project      the project's root folder, where F1 finds each step's jar and cache
 */
record BenchmarkOptions(List<Integer> sizes, int step1Size, int t1Requests, int step1T1Requests,
        double warmupSeconds, int runs, int wrkSeconds, Path out, boolean allowMissing, boolean jfr, boolean quick,
        Path project) {

    static final int T1_LIMIT = 64;

    /** Where the benchmark runs, in its module's folder under Maven: the project's root is above. */
    static final Path PROJECT = Path.of("..");

    static BenchmarkOptions full(Path out) {
        return new BenchmarkOptions(List.of(100, 1000, 5000), 10, 20_000, 2_000, 10, 5, 5, out, false, false, false,
                PROJECT);
    }

    /** The short run: no F1, which the docs build captures by itself (FirstRuns.shortRun). */
    static BenchmarkOptions quick(Path out) {
        return new BenchmarkOptions(List.of(100), 2, 2_000, 200, 0, 3, 1, out, false, false, true, PROJECT);
    }

    /** The largest L1 size: where C1 reads its costs. */
    int largestSize() {
        return sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
