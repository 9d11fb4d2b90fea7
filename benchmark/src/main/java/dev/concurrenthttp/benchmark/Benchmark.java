package dev.concurrenthttp.benchmark;

import dev.concurrenthttp.commandline.ChildProcesses;
import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.tour.TourStep;
import dev.concurrenthttp.tour.Tour;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark: every step on the same jobs, each in a fresh JVM that runs only that step,
 * pinned to core 0 while the server has core 1. L1 waits on the local httpbin's {@code /delay/1};
 * T1 keeps nginx busy with {@code /uuid}, with wrk's rate as the ceiling; the Python tutorial's
 * aiohttp program runs the same jobs as a reference. It prints a table and writes
 * {@code table.txt}, {@code runs.csv}, {@code summary.csv}, {@code l1.svg} and {@code t1.svg}, with
 * each program's output in {@code logs/} and nginx's configuration and error log in {@code nginx/}.
 *
 * <p>{@link #COMMAND} runs it in full; {@link BenchmarkCommand} reads its options ({@code --help}).
 */
public final class Benchmark {

    /** The one command that runs the full benchmark, from the project's root. */
    public static final String COMMAND = "./mvnw -q package -DskipTests -Pbenchmark -pl benchmark -am";
    static final String AIOHTTP = "aiohttp (reference)";
    static final String WRK = "wrk (ceiling)";
    /**
     * L1 and T1, stated in the output: a heap of fixed size. Started small, the serial collector
     * keeps a young generation of about 20 MB until its first full collection, then about 300 MB:
     * the same process ran step 3's T1 batch in 0.85 s before that collection and 0.43 s after,
     * so the figures would say when it happened rather than what the step costs.
     */
    static final List<String> SPEED_FLAGS = List.of("-Xms1g", "-Xmx1g", "-XX:+UseSerialGC");
    /** C1, stated in the output: a heap that starts small, so its peak is what the requests took. */
    static final List<String> COST_FLAGS = List.of("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC");
    static final List<String> SERVER_FLAGS = List.of("-Xmx1g");
    static final int T1_WARMUP_FACTOR = 3;
    static final int CLIENT_CORE = 0;
    static final int SERVER_CORE = 1;
    static final Duration CHILD_LIMIT = Duration.ofMinutes(20);

    private final BenchmarkOptions options;
    private final Tools tools;
    private final PrintStream out;
    private final String classPath = ClassPath.current();
    private final Path logs;

    private Benchmark(BenchmarkOptions options, Tools tools, PrintStream out) {
        this.options = options;
        this.tools = tools;
        this.out = out;
        this.logs = options.out().resolve("logs");
    }

    public static void main(String... args) {
        // Always exit: the benchmark runs in a JVM of its own (exec:exec), and must not wait for a thread.
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLines.execute(new BenchmarkCommand(out, err), args, out, err);
    }

    /** Every row, measured. */
    static Results measure(BenchmarkOptions options, Tools tools, PrintStream out) throws IOException {
        return new Benchmark(options, tools, out).measure();
    }

    /** One line naming what a full run lacks and the command that installs it. */
    static Optional<String> missingTools(Tools tools) {
        List<String> missing = tools.missingPackages();
        return missing.isEmpty() ? Optional.empty() : Optional.of("benchmark: missing " + String.join(", ", missing)
                + "; install with: apt-get install -y " + String.join(" ", missing)
                + " (or pass --allow-missing to skip their rows)");
    }

    private Results measure() throws IOException {
        Setup setup = Setup.describe(options, tools, SPEED_FLAGS, COST_FLAGS, SERVER_FLAGS);
        List<ResultRow> l1 = new ArrayList<>();
        List<ResultRow> c1 = new ArrayList<>();
        try (HttpbinServer httpbin = HttpbinServer.start(tools.pinnedTo(SERVER_CORE), java(SERVER_FLAGS, "httpbin"), logs)) {
            for (TourStep step : Tour.STEPS) {
                List<Integer> sizes = step.concurrent() ? options.sizes() : List.of(options.step1Size());
                for (int size : sizes) {
                    l1.add(step(step.module(), Job.latency(size), httpbin.baseUri()));
                }
            }
            for (int size : options.sizes()) {
                l1.add(aiohttp(Job.latency(size), httpbin.baseUri()));
            }
            // The L1 processes' peaks include up to half a minute of warm-up, through which the
            // collector lets dead objects pile up towards its heap limit: C1 asks what holding
            // the requests costs, so it runs them in JVMs that do little else.
            Job c1Job = Job.cost(options.largestSize());
            for (TourStep step : Tour.STEPS) {
                if (step.concurrent()) {
                    c1.add(step(step.module(), c1Job, httpbin.baseUri()));
                }
            }
            c1.add(aiohttp(c1Job, httpbin.baseUri()));
        }
        List<ResultRow> t1 = new ArrayList<>();
        Job t1Job = Job.throughput(options.t1Requests(), BenchmarkOptions.T1_LIMIT);
        if (tools.nginx().isEmpty()) {
            t1.add(ResultRow.missing(WRK, t1Job, "nginx not installed (apt-get install -y nginx-light)"));
            for (TourStep step : Tour.STEPS) {
                t1.add(ResultRow.missing(step.module(), t1Job, "nginx not installed (apt-get install -y nginx-light)"));
            }
            t1.add(ResultRow.missing(AIOHTTP, t1Job, "nginx not installed (apt-get install -y nginx-light)"));
        } else {
            try (NginxServer nginx = NginxServer.start(tools.nginx().get(), tools.pinnedTo(SERVER_CORE),
                    options.out().resolve("nginx"))) {
                t1.add(wrk(t1Job, nginx.baseUri()));
                for (TourStep step : Tour.STEPS) {
                    Job job = step.concurrent() ? t1Job : Job.throughput(options.step1T1Requests(), 1);
                    t1.add(step(step.module(), job, nginx.baseUri()));
                }
                t1.add(aiohttp(t1Job, nginx.baseUri()));
            }
        }
        List<ResultRow> f1 = options.quick() ? List.of()
                : FirstRuns.measure(options.project(), tools, options.out(), options.runs(), options.warmupSeconds(), out);
        return new Results(setup, options, l1, t1, c1, f1);
    }

    private ResultRow step(String module, Job job, URI base) {
        String name = module + "-" + job.kind() + "-" + job.requests();
        List<String> command = new ArrayList<>(tools.pinnedTo(CLIENT_CORE));
        command.addAll(java(job.kind() == Job.Kind.C1 ? COST_FLAGS : SPEED_FLAGS, name));
        command.addAll(List.of(Client.class.getName(), module, base.resolve(job.path()).toString(),
                String.valueOf(job.requests()), String.valueOf(job.limit()), number(warmupSeconds(job)),
                String.valueOf(runs(job))));
        return measured(module, job, name, command);
    }

    private ResultRow aiohttp(Job job, URI base) throws IOException {
        if (!tools.aiohttp()) {
            return ResultRow.missing(AIOHTTP, job, "python3-aiohttp not installed (apt-get install -y python3-aiohttp)");
        }
        Path script = options.out().resolve("aiohttp_bench.py");
        try (InputStream source = Benchmark.class.getResourceAsStream("aiohttp_bench.py")) {
            Files.copy(source, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(tools.pinnedTo(CLIENT_CORE));
        command.addAll(List.of(tools.python().orElseThrow().toString(), script.toString(),
                base.resolve(job.path()).toString(), String.valueOf(job.requests()), String.valueOf(job.limit()),
                number(warmupSeconds(job)), String.valueOf(runs(job))));
        return measured(AIOHTTP, job, "aiohttp-" + job.kind() + "-" + job.requests(), command);
    }

    private ResultRow measured(String who, Job job, String name, List<String> command) {
        out.println("running " + who + ": " + job.describe());
        try (Child child = Child.start(name, command, logs)) {
            int code = child.waitFor(CHILD_LIMIT);
            List<RunFigures> runs = child.output().lines().filter(RunFigures::isRunLine).map(RunFigures::parse).toList();
            String warmup = child.output().lines().filter(line -> line.startsWith("warmup ")).findFirst()
                    .map(line -> line.substring("warmup ".length())).orElse("");
            if (code != 0 || runs.size() != runs(job)) {
                return ResultRow.missing(who, job, "exited with " + code + " after " + runs.size() + " runs; see "
                        + child.errorsFile());
            }
            return ResultRow.measured(who, job, runs, warmup);
        } catch (RunFailed e) {
            return ResultRow.missing(who, job, e.getMessage());
        }
    }

    private ResultRow wrk(Job job, URI base) {
        if (tools.wrk().isEmpty()) {
            return ResultRow.missing(WRK, job, "wrk not installed (apt-get install -y wrk)");
        }
        out.println("running wrk: -t1 -c" + job.limit() + ", " + options.runs() + " runs of " + options.wrkSeconds() + " s");
        List<String> command = new ArrayList<>(tools.pinnedTo(CLIENT_CORE));
        command.addAll(List.of(tools.wrk().get().toString(), "-t1", "-c" + job.limit(), "--timeout", "10s",
                base.resolve(job.path()).toString()));
        List<RunFigures> runs = new ArrayList<>();
        try {
            wrkOnce(command, Math.max(1, (int) Math.round(options.warmupSeconds() / 2)), "wrk-warmup");
            for (int i = 0; i < options.runs(); i++) {
                double rate = wrkOnce(command, options.wrkSeconds(), "wrk-" + (i + 1));
                // wrk runs for a time, not a count: its rate becomes the time it would take for the job.
                runs.add(new RunFigures(job.requests() / rate, job.requests(), 0, -1, -1, -1));
            }
        } catch (IllegalArgumentException | RunFailed e) {
            return ResultRow.missing(WRK, job, e.getMessage());
        }
        return ResultRow.measured(WRK, job, runs, "one run of " + Math.max(1, Math.round(options.warmupSeconds() / 2)) + " s");
    }

    private double wrkOnce(List<String> base, int seconds, String name) {
        List<String> command = new ArrayList<>(base);
        command.add(command.size() - 1, "-d" + seconds + "s");
        try (Child child = Child.start(name, command, logs)) {
            int code = child.waitFor(Duration.ofSeconds(seconds + 60));
            if (code != 0) {
                throw new RunFailed("wrk exited with " + code + ": " + child.errors().strip());
            }
            return WrkOutput.requestsPerSecond(child.output());
        }
    }

    private List<String> java(List<String> flags, String name) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.java().toString());
        command.addAll(flags);
        if (options.jfr()) {
            command.add("-XX:StartFlightRecording=filename=" + options.out().resolve("jfr").resolve(name + ".jfr")
                    .toAbsolutePath() + ",settings=profile");
            try {
                Files.createDirectories(options.out().resolve("jfr"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        command.addAll(List.of("-cp", classPath));
        return command;
    }

    /** A warm-up of 0 is a single batch: C1's JVMs warm with one batch, and count one. */
    private double warmupSeconds(Job job) {
        return switch (job.kind()) {
            case L1 -> options.warmupSeconds();
            // CPU-bound on one core, where the JIT's compiler threads take turns with the job:
            // after 10 s of warm-up step 4's counted T1 runs still fell from 1.04 s to 0.56 s; after
            // 30 s they held at 0.55-0.65 s.
            case T1 -> T1_WARMUP_FACTOR * options.warmupSeconds();
            case C1, F1 -> 0;
        };
    }

    private int runs(Job job) {
        return job.kind() == Job.Kind.C1 ? 1 : options.runs();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static Optional<ResultRow> find(List<ResultRow> rows, String who, int requests) {
        return rows.stream().filter(r -> r.who().equals(who) && r.job().requests() == requests).findFirst();
    }
}
