package dev.concurrenthttp.benchmark;

import dev.concurrenthttp.cli.StepCommand;
import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.commandline.WholeNumbers;
import dev.concurrenthttp.tour.TourStep;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * F1's warm rows: a step's whole command line, run again and again in one JVM, each time from
 * reading its arguments to its last line, as {@code java -jar} runs it once. It warms up by time
 * as {@link Client} does, then prints one {@link RunFigures} line per counted run.
 *
 * <p>For example {@code WarmRuns step2-futures 10 5 -- --base-url http://127.0.0.1:8080}.
 */
@Command(name = "warm-runs", synopsisHeading = "usage: ",
        description = "Runs a step's command line again and again in this JVM, and prints a line per counted run.")
public final class WarmRuns implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODULE", converter = BenchmarkValues.Step.class,
            description = "the step, by its module's name")
    private TourStep step;

    @Parameters(index = "1", paramLabel = "WARMUP_SECONDS", converter = BenchmarkValues.Seconds.class,
            description = "the least warm-up")
    private double warmupSeconds;

    @Parameters(index = "2", paramLabel = "RUNS", converter = WholeNumbers.AtLeastOne.class,
            description = "counted runs")
    private int runs;

    @Parameters(index = "3..*", paramLabel = "ARGS", description = "the step's own arguments, after --")
    private List<String> args = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    private WarmRuns(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String... args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLines.execute(new WarmRuns(out, err), args, out, err);
    }

    @Override
    public Integer call() {
        StepCommand command = step.concurrent() ? StepCommand.concurrent(step.module(), step.fetchers())
                : StepCommand.sequential(step.module(), step.fetchers());
        String[] stepArgs = args.toArray(String[]::new);
        new Warmup(warmupSeconds).warmUp(() -> timed(command, stepArgs), out);
        for (int i = 0; i < runs; i++) {
            out.println(new RunFigures(timed(command, stepArgs), 0, 0, -1, -1, -1).line());
        }
        return CommandLines.OK;
    }

    /** One run of the command line, its output dropped; a run that does not exit with 0 ends this. */
    private double timed(StepCommand command, String[] stepArgs) {
        long start = System.nanoTime();
        int code = command.run(stepArgs, new PrintStream(PrintStream.nullOutputStream()), err);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != CommandLines.OK) {
            throw new RunFailed(step.module() + " " + String.join(" ", stepArgs) + " exited with " + code);
        }
        return seconds;
    }
}
