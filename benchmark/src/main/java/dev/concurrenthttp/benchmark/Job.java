package dev.concurrenthttp.benchmark;

import java.util.Locale;

/**
 * What a measured program is asked to do, again and again: {@code requests} GETs of {@code path}
 * with at most {@code limit} in flight.
 */
record Job(Kind kind, String path, int requests, int limit) {

    /**
     * L1 waits on a slow server; T1 keeps a fast one busy; C1 holds many requests at once in a
     * fresh JVM; F1 is a reader's first run, timed from Enter to exit.
     */
    enum Kind {
        L1, T1, C1, F1
    }

    /** F1's three URLs, the Python tutorial's. */
    static final String THE_THREE = "/uuid /user-agent /headers";

    Job {
        if (requests < 1 || limit < 1) {
            throw new IllegalArgumentException("a job needs at least one request and one in flight");
        }
    }

    static Job latency(int requests) {
        return new Job(Kind.L1, "/delay/1", requests, requests);
    }

    /** L1's job, run for its cost: one batch to warm and one counted, in a JVM that did nothing before. */
    static Job cost(int requests) {
        return new Job(Kind.C1, "/delay/1", requests, requests);
    }

    /** A first run of the Python tutorial's program: its three URLs, at once. */
    static Job threeUrls() {
        return new Job(Kind.F1, THE_THREE, 3, 3);
    }

    /** A first run of {@code requests} GETs of {@code /delay/1}, all in flight at once. */
    static Job firstRun(int requests) {
        return new Job(Kind.F1, "/delay/1", requests, requests);
    }

    static Job throughput(int requests, int limit) {
        return new Job(Kind.T1, "/uuid", requests, limit);
    }

    /**
     * The least an L1 run can take: the server holds every answer for one second, so with all
     * requests in flight at once the whole job takes one second too. A step that keeps fewer in
     * flight (step 1 keeps one) takes a multiple of it.
     */
    double floorSeconds() {
        return kind == Kind.T1 || path.equals(THE_THREE) ? 0 : 1.0;
    }

    String describe() {
        return path.equals(THE_THREE) ? kind + " the three URLs, " + path + ", at once"
                : String.format(Locale.ROOT, "%s %,d x %s, %,d in flight", kind, requests, path, limit);
    }
}
