package dev.concurrenthttp.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's settings. The defaults are the full benchmark; {@code --quick} is the short
 * run the docs build captures.
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
 */
record Options(List<Integer> sizes, int step1Size, int t1Requests, int step1T1Requests, double warmupSeconds,
        int runs, int wrkSeconds, Path out, boolean allowMissing, boolean jfr, boolean quick) {

    static final int T1_LIMIT = 64;
    static final String USAGE = "usage: benchmark [--quick] [--out DIR] [--runs N] [--warmup SECONDS]"
            + " [--sizes N,N,...] [--t1-requests N] [--allow-missing] [--jfr]";

    static Options full(Path out) {
        return new Options(List.of(100, 1000, 5000), 10, 20_000, 2_000, 10, 5, 5, out, false, false, false);
    }

    static Options quick(Path out) {
        return new Options(List.of(100), 2, 2_000, 200, 0, 3, 1, out, false, false, true);
    }

    /** Parses the command line; throws IllegalArgumentException with one line naming the bad input. */
    static Options parse(String[] args, Path defaultOut) {
        boolean quick = List.of(args).contains("--quick");
        Options base = quick ? quick(defaultOut) : full(defaultOut);
        List<Integer> sizes = base.sizes;
        int t1Requests = base.t1Requests;
        double warmupSeconds = base.warmupSeconds;
        int runs = base.runs;
        Path out = base.out;
        boolean allowMissing = false;
        boolean jfr = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> { }
                case "--allow-missing" -> allowMissing = true;
                case "--jfr" -> jfr = true;
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--runs" -> runs = positive(value(args, ++i, arg), arg);
                case "--warmup" -> warmupSeconds = seconds(value(args, ++i, arg), arg);
                case "--sizes" -> sizes = sizes(value(args, ++i, arg));
                case "--t1-requests" -> t1Requests = positive(value(args, ++i, arg), arg);
                default -> throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
            }
        }
        return new Options(sizes, base.step1Size, t1Requests, Math.min(base.step1T1Requests, t1Requests), warmupSeconds,
                runs, base.wrkSeconds, out, allowMissing, jfr, quick);
    }

    /** The largest L1 size: where C1 reads its costs. */
    int largestSize() {
        return sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a whole number of at least 1, got: " + value);
    }

    private static double seconds(String value, String option) {
        try {
            double seconds = Double.parseDouble(value);
            if (seconds >= 0 && seconds <= 600) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs seconds from 0 to 600, got: " + value);
    }

    private static List<Integer> sizes(String value) {
        List<Integer> sizes = new ArrayList<>();
        for (String size : value.split(",")) {
            int n = positive(size.strip(), "--sizes");
            if (n > 20_000) {
                throw new IllegalArgumentException("--sizes: at most 20000 in flight (file descriptors), got: " + n);
            }
            sizes.add(n);
        }
        return List.copyOf(sizes);
    }
}
