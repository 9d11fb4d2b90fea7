package dev.concurrenthttp.tour;

import dev.concurrenthttp.cli.MeasuredRun;
import dev.concurrenthttp.cli.Report;
import dev.concurrenthttp.cli.StepOptions;
import dev.concurrenthttp.cli.SvgTimeline;
import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.httpbin.LocalHttpbin;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The tour: every step in turn, on the Python tutorial's three URLs and on a run that shows what
 * concurrency buys, against one local httpbin, ending in a side-by-side table.
 */
@Command(name = "tour", sortOptions = false, synopsisHeading = "usage: ",
        description = "Runs every step on the three URLs and on a run that shows what concurrency buys,"
                + " against one local httpbin, and ends in a side-by-side table.")
public final class Tour implements Callable<Integer> {

    /** Every step, in the order the guide teaches them; the benchmark drives the same list. */
    public static final List<TourStep> STEPS = List.of(
            new TourStep("step1-blocking", dev.concurrenthttp.step1.BlockingFetcher::new, false,
                    "requests.get in a for loop"),
            new TourStep("step2-futures", dev.concurrenthttp.step2.FuturesFetcher::new, true,
                    "ensure_future + asyncio.gather"),
            new TourStep("step3-async-client", dev.concurrenthttp.step3.AsyncSessionFetcher::new, true,
                    "async with ClientSession()"),
            new TourStep("step4-virtual-threads", dev.concurrenthttp.step4.VirtualThreadFetcher::new, true,
                    "gather(*[requests.get(url) ...])"));

    /** The options of a step's command line when given none: the three URLs, 100 at once, 10 s. */
    static final List<String> THREE_PATHS = StepOptions.DEFAULT_PATHS;
    static final Duration TIMEOUT = StepOptions.DEFAULT_TIMEOUT;
    static final int LIMIT = StepOptions.DEFAULT_LIMIT;

    /** A demo run: N requests to /delay/D. Step 1 gets a short one: it takes N × D. */
    record Demo(int requests, double delaySeconds, int limit) {

        double floorSeconds() {
            return Math.ceil((double) requests / limit) * delaySeconds;
        }

        String describe() {
            return String.format(Locale.ROOT, "%d x /delay/%s, %s", requests, trim(delaySeconds),
                    limit == 1 ? "one at a time" : "up to " + limit + " at once");
        }
    }

    record Row(String module, String mirrors, Demo demo, MeasuredRun run, OptionalInt recipeLines) {
    }

    @Option(names = "--sources", paramLabel = "DIR",
            description = "the project's root, to count the lines of each step's recipe")
    private Path sources;

    @Option(names = "--svg-dir", paramLabel = "DIR",
            description = "also draw each step's demo run as an SVG timeline in DIR")
    private Path svgDir;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    private boolean help;

    private final PrintStream out;

    private Tour(PrintStream out) {
        this.out = out;
    }

    public static void main(String... args) {
        CommandLines.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLines.execute(new Tour(out), args, out, err);
    }

    @Override
    public Integer call() throws IOException {
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            List<Row> rows = new ArrayList<>();
            boolean allSucceeded = true;
            for (TourStep step : STEPS) {
                allSucceeded &= visit(step, httpbin.baseUri(), Optional.ofNullable(sources),
                        Optional.ofNullable(svgDir), out, rows);
            }
            out.println();
            out.print(table(rows));
            return allSucceeded ? CommandLines.OK : CommandLines.FAILED;
        }
    }

    private static boolean visit(TourStep step, URI base, Optional<Path> sources, Optional<Path> svgDir,
            PrintStream out, List<Row> rows) throws IOException {
        int limit = step.concurrent() ? LIMIT : 1;
        out.println("== " + step.module() + ": the three URLs");
        MeasuredRun three = MeasuredRun.of(step.module(), step.fetchers(),
                new Batch(urls(base, THREE_PATHS), limit, TIMEOUT));
        for (Outcome outcome : three.outcomes()) {
            out.println(outcome instanceof Outcome.Success success
                    ? success.body().stripTrailing()
                    : Report.failureLine((Outcome.Failure) outcome));
        }
        out.println(three.doneLine());

        Demo demo = step.concurrent() ? new Demo(100, 1.0, LIMIT) : new Demo(10, 0.2, 1);
        out.println("== " + step.module() + ": " + demo.describe());
        List<URI> delayed = Collections.nCopies(demo.requests(), base.resolve("/delay/" + trim(demo.delaySeconds())));
        MeasuredRun run = MeasuredRun.of(step.module(), step.fetchers(), new Batch(delayed, demo.limit(), TIMEOUT));
        run.outcomes().stream().filter(o -> !o.succeeded())
                .forEach(o -> out.println(Report.failureLine((Outcome.Failure) o)));
        out.println(run.doneLine());
        out.println();
        if (svgDir.isPresent()) {
            Files.createDirectories(svgDir.get());
            String title = step.module() + ": " + run.doneLine().substring("done: ".length());
            Files.writeString(svgDir.get().resolve(step.module() + ".svg"), SvgTimeline.render(run.timeline(), title));
        }
        OptionalInt lines = sources.map(root -> CodeLines.ofRecipe(root, step.module())).orElse(OptionalInt.empty());
        rows.add(new Row(step.module(), step.mirrors(), demo, run, lines));
        return three.allSucceeded() && run.allSucceeded();
    }

    static String table(List<Row> rows) {
        String format = "%-22s %-34s %8s %7s %7s %7s %9s%n";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, format,
                "step", "demo", "wall", "floor", "ratio", "threads", "recipe"));
        for (Row row : rows) {
            double wall = row.run().wallNanos() / 1e9;
            table.append(String.format(Locale.ROOT, format, row.module(), row.demo().describe(),
                    String.format(Locale.ROOT, "%.2f s", wall),
                    String.format(Locale.ROOT, "%.1f s", row.demo().floorSeconds()),
                    String.format(Locale.ROOT, "%.2fx", wall / row.demo().floorSeconds()),
                    row.run().stats().peakPlatformThreads(),
                    row.recipeLines().isPresent() ? row.recipeLines().getAsInt() + " lines" : "-"));
        }
        table.append("""
                wall: first request to last result. floor: the least it could take (N x D one at a time,
                D when all are in flight). threads: most platform threads alive in this JVM during the run,
                the local httpbin's included. recipe: code lines of the step's ThreeUrls.java.
                """);
        return table.toString();
    }

    private static List<URI> urls(URI base, List<String> paths) {
        return paths.stream().map(path -> URI.create(base + path)).toList();
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
