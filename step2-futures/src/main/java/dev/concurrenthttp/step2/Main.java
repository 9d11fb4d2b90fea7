package dev.concurrenthttp.step2;

import dev.concurrenthttp.cli.StepCommand;

/** Runs step 2 from the command line; {@code --help} lists the options every step shares. */
public final class Main {

    public static final StepCommand COMMAND = StepCommand.concurrent("step2-futures", FuturesFetcher::new);

    public static void main(String... args) {
        COMMAND.main(args);
    }
}
