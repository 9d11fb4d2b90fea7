package dev.concurrenthttp.benchmark;

import java.util.List;
import java.util.Optional;

/**
 * One line of the results: who ran which job, its counted runs, how the warm-up went, and what
 * kept it from running, if anything did.
 */
record ResultRow(String who, Job job, List<RunFigures> runs, String warmup, Optional<String> problem) {

    ResultRow {
        runs = List.copyOf(runs);
        if (runs.isEmpty() && problem.isEmpty()) {
            throw new IllegalArgumentException(who + ": a row without runs must say why");
        }
    }

    static ResultRow measured(String who, Job job, List<RunFigures> runs, String warmup) {
        return new ResultRow(who, job, runs, warmup, Optional.empty());
    }

    static ResultRow missing(String who, Job job, String why) {
        return new ResultRow(who, job, List.of(), "", Optional.of(why));
    }

    boolean hasRuns() {
        return !runs.isEmpty();
    }

    Spread seconds() {
        return Spread.of(runs.stream().map(RunFigures::seconds).toList());
    }

    /** Requests per second: the job's requests over each run's seconds. */
    Spread rate() {
        return seconds().inverted(job.requests());
    }

    /** Seconds over the 1 s floor of L1. */
    Spread ratioToFloor() {
        return seconds().scaled(1 / job.floorSeconds());
    }

    int failed() {
        return runs.stream().mapToInt(RunFigures::failed).sum();
    }

    /** The process's peaks are running maxima, so the last run holds the row's peak. */
    RunFigures peaks() {
        return runs.getLast();
    }
}
