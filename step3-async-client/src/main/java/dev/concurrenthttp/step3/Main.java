package dev.concurrenthttp.step3;

import dev.concurrenthttp.cli.StepCommand;

/** Runs step 3 from the command line; {@code --help} lists the options every step shares. */
public final class Main {

    public static final StepCommand COMMAND = StepCommand.concurrent("step3-async-client", AsyncSessionFetcher::new);

    public static void main(String... args) {
        COMMAND.main(args);
    }
}
