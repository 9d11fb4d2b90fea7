package dev.concurrenthttp.benchmark;

import java.util.Locale;
import java.util.Optional;

/** The targets for steps 2-4, each one verdict a row can be held to. */
final class Targets {

    static final double L1_UP_TO_1000 = 1.15;
    static final double L1_AT_5000 = 2.0;
    static final double T1_SHARE_OF_WRK = 0.35;
    /** "Well ahead of aiohttp", made a number: at least one and a half times its rate. */
    static final double T1_OVER_AIOHTTP = 1.5;
    static final long C1_RSS_BYTES = 512L * 1024 * 1024;
    static final int C1_THREADS = 50;
    static final double F1_THREE_URLS_OVER_AIOHTTP = 1.5;
    static final double F1_ALL_IN_FLIGHT_OVER_AIOHTTP = 1.0;
    static final double F1_IN_ONE_JVM_SECONDS = 3.0;

    private Targets() {
    }

    static boolean held(String who) {
        return !who.equals("step1-blocking") && who.startsWith("step");
    }

    /** L1's bound on the ratio to the floor: 1.15x up to N = 1000, 2x beyond. */
    static double l1Bound(int requests) {
        return requests <= 1000 ? L1_UP_TO_1000 : L1_AT_5000;
    }

    static String l1(ResultRow row) {
        if (!held(row.who()) || !row.hasRuns()) {
            return "";
        }
        double bound = l1Bound(row.job().requests());
        return verdict(row.ratioToFloor().median() <= bound && row.failed() == 0, "");
    }

    static String t1(ResultRow row, Optional<ResultRow> wrk, Optional<ResultRow> aiohttp) {
        if (!held(row.who()) || !row.hasRuns()) {
            return "";
        }
        double rate = row.rate().median();
        StringBuilder verdict = new StringBuilder();
        wrk.filter(ResultRow::hasRuns).ifPresent(w -> verdict.append(
                verdict(rate >= T1_SHARE_OF_WRK * w.rate().median(), "wrk ")));
        aiohttp.filter(ResultRow::hasRuns).ifPresent(a -> verdict.append(verdict.isEmpty() ? "" : ", ").append(
                verdict(rate >= T1_OVER_AIOHTTP * a.rate().median(), "aiohttp ")));
        return verdict.toString();
    }

    static String c1(ResultRow row) {
        if (!row.who().equals("step4-virtual-threads") || !row.hasRuns()) {
            return "";
        }
        RunFigures peaks = row.peaks();
        return verdict(peaks.peakRssBytes() <= C1_RSS_BYTES, "RSS ") + ", "
                + verdict(peaks.peakThreads() <= C1_THREADS, "threads ");
    }

    /**
     * F1, every step's first run: the three URLs within 1.5x the Python program's first run,
     * 1,000 in flight no slower than it, step 4's 5,000 in one JVM within 3 s.
     */
    static String f1(ResultRow row, Optional<ResultRow> aiohttpCold) {
        if (row == null || !row.who().startsWith("step") || !row.hasRuns()) {
            return "";
        }
        double median = row.seconds().median();
        if (row.job().requests() == FirstRuns.IN_ONE_JVM) {
            return verdict(median <= F1_IN_ONE_JVM_SECONDS, "");
        }
        double bound = row.job().path().equals(Job.THE_THREE) ? F1_THREE_URLS_OVER_AIOHTTP : F1_ALL_IN_FLIGHT_OVER_AIOHTTP;
        return aiohttpCold.filter(ResultRow::hasRuns)
                .map(a -> verdict(median <= bound * a.seconds().median(), String.format(Locale.ROOT, "%.2fx: ",
                        median / a.seconds().median())))
                .orElse("");
    }

    /** {@code what} names the part of a target with several, such as "wrk " or "RSS ". */
    private static String verdict(boolean met, String what) {
        return what + (met ? "met" : "MISSED");
    }
}
