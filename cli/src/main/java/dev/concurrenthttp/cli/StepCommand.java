package dev.concurrenthttp.cli;

import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.httpbin.LocalHttpbin;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.RetryPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line of every step's main, written once: read the {@link StepOptions}, start a
 * local httpbin unless {@code --base-url} names a server, run the batch through the step's
 * {@link Fetcher}, print the report, and answer with an exit code: 0 when every request
 * succeeded, 1 when any failed, 2 for bad usage.
 */
public final class StepCommand {

    private final String name;
    private final boolean concurrent;
    private final Supplier<? extends Fetcher> fetchers;

    private StepCommand(String name, boolean concurrent, Supplier<? extends Fetcher> fetchers) {
        this.name = name;
        this.concurrent = concurrent;
        this.fetchers = fetchers;
    }

    /** A step that fetches one URL at a time: it rejects {@code --limit}. */
    public static StepCommand sequential(String name, Supplier<? extends Fetcher> fetchers) {
        return new StepCommand(name, false, fetchers);
    }

    /** A step with many requests in flight, at most {@code --limit} (default 100). */
    public static StepCommand concurrent(String name, Supplier<? extends Fetcher> fetchers) {
        return new StepCommand(name, true, fetchers);
    }

    /** Runs the command line on {@code args}; returns the exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        Invocation invocation = new Invocation(out);
        invocation.command = StepOptions.declare(CommandSpec.wrapWithoutInspection(invocation).name(name));
        invocation.command.usageMessage()
                .synopsisHeading("usage: ")
                .sortOptions(false)
                .sortSynopsis(false)
                .description("Fetches the paths from a local httpbin, or from --base-url, and prints each body,"
                        + " in order.")
                .footer("The last line is: done: <ok> ok, <failed> failed, <n> requests in <wall> s",
                        "Exit status: 0 all succeeded, 1 some failed, 2 bad usage.");
        return CommandLines.execute(invocation.command, args, out, err);
    }

    /** A step's {@code main}: runs and exits with the code. */
    public void main(String... args) {
        CommandLines.exit(run(args, System.out, System.err));
    }

    /** One run of the command line, once picocli has read its options. */
    private final class Invocation implements Callable<Integer> {

        private final PrintStream out;
        private CommandSpec command;

        Invocation(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() throws IOException {
            StepOptions options = StepOptions.read(command, concurrent);
            try (LocalHttpbin local = options.baseUrl().isPresent() ? null : LocalHttpbin.start()) {
                URI base = options.baseUrl().orElseGet(() -> local.baseUri());
                return fetchAndReport(options.urls(base), options);
            }
        }

        private int fetchAndReport(List<URI> urls, StepOptions options) throws IOException {
            Batch batch = new Batch(urls, options.limit(), options.timeout(), RetryPolicy.upTo(options.retries()));
            MeasuredRun run = MeasuredRun.of(name, fetchers, batch);
            Report.print(out, run, options);
            if (options.timelineSvg().isPresent()) {
                String title = name + ": " + run.doneLine().substring("done: ".length());
                Files.writeString(options.timelineSvg().get(), SvgTimeline.render(run.timeline(), title));
            }
            return run.allSucceeded() ? CommandLines.OK : CommandLines.FAILED;
        }
    }
}
