package dev.concurrenthttp.step4;

import dev.concurrenthttp.cli.StepCommand;

/** Runs step 4 from the command line; {@code --help} lists the options every step shares. */
public final class Main {

    public static final StepCommand COMMAND = StepCommand.concurrent("step4-virtual-threads", VirtualThreadFetcher::new);

    public static void main(String... args) {
        COMMAND.main(args);
    }
}
