package dev.concurrenthttp.step1;

import dev.concurrenthttp.cli.StepCommand;

/** Runs step 1 from the command line; {@code --help} lists the options every step shares. */
public final class Main {

    public static final StepCommand COMMAND = StepCommand.sequential("step1-blocking", BlockingFetcher::new);

    public static void main(String... args) {
        COMMAND.main(args);
    }
}
