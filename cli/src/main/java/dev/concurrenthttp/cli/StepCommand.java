package dev.concurrenthttp.cli;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.RetryPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The command line of every step's main, written once: parse the options, start a local httpbin
 * unless {@code --base-url} names a server, run the batch through the step's {@link Fetcher},
 * print the report, and answer with an exit code: 0 when every request succeeded, 1 when any
 * failed, 2 for bad usage.
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

    public String usage() {
        return "usage: " + name + " " + Options.SYNOPSIS;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(Arrays.asList(args), concurrent);
        } catch (UsageException e) {
            err.println(name + ": " + e.getMessage() + "; " + usage());
            return 2;
        }
        if (options.help()) {
            out.println(usage());
            out.println(HELP);
            return 0;
        }
        try (LocalHttpbin local = options.baseUrl().isPresent() ? null : LocalHttpbin.start()) {
            URI base = options.baseUrl().orElseGet(() -> local.baseUri());
            return fetchAndReport(options.urls(base), options, out);
        } catch (IOException | UncheckedIOException e) {
            err.println(name + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println(name + ": unexpected error: " + e);
            return 1;
        }
    }

    private int fetchAndReport(List<URI> urls, Options options, PrintStream out) throws IOException {
        Batch batch = new Batch(urls, options.limit(), options.timeout(), RetryPolicy.upTo(options.retries()));
        Run run = Run.of(name, fetchers, batch);
        Report.print(out, run, options);
        if (options.timelineSvg().isPresent()) {
            String title = name + ": " + run.doneLine().substring("done: ".length());
            Files.writeString(options.timelineSvg().get(), SvgTimeline.render(run.timeline(), title));
        }
        return run.allSucceeded() ? 0 : 1;
    }

    /**
     * Ends a main: exits with a non-zero code, returns quietly on 0 so that {@code exec:java},
     * which runs the main inside Maven's own JVM, can finish the build.
     */
    public static void exit(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }

    private static final String HELP = """
              --base-url URL      ask this server (for example https://httpbin.org)
                                  instead of an embedded local httpbin
              --path P            fetch this path; repeat the option for more
                                  (default: /uuid /user-agent /headers)
              --repeat N          fetch each path N times (default 1)
              --limit C           at most C requests in flight (default 100;
                                  not for step 1, which fetches one at a time)
              --timeout S         seconds allowed for each whole request: connecting,
                                  headers and body, retries included (default 10)
              --retries N         send a request again, up to N times, after a connection
                                  that could not be made (refused, or the host name did
                                  not resolve) or a 502, 503 or 504 (429 with Retry-After),
                                  waiting a random backoff or what Retry-After asks
                                  (default 0: never, as requests and aiohttp)
              --quiet             print no bodies; failures are still printed
              --timeline          draw a bar per request from its start to its end
              --timeline-svg FILE write that timeline as an SVG picture
              --stats             print the peak platform threads and memory of the run
            The last line is: done: <ok> ok, <failed> failed, <n> requests in <wall> s
            Exit status: 0 all succeeded, 1 some failed, 2 bad usage.""";
}
