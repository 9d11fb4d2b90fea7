package dev.concurrenthttp.step3;

import dev.concurrenthttp.cli.StepCommand;
import java.io.PrintStream;

/** Runs step 3 from the command line; {@code --help} lists the options every step shares. */
public final class Main {

    private static final StepCommand COMMAND = StepCommand.concurrent("step3-async-client", AsyncSessionFetcher::new);

    private Main() {
    }

    public static void main(String... args) {
        StepCommand.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return COMMAND.run(args, out, err);
    }
}
