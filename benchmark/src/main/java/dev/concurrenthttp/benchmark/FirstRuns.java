package dev.concurrenthttp.benchmark;

import dev.concurrenthttp.commandline.ChildProcesses;
import dev.concurrenthttp.tour.TourStep;
import dev.concurrenthttp.tour.Tour;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * F1, a reader's first run: each program started as a reader starts it, once, and timed from its
 * start to its exit, Enter to exit. Each step runs as the README's command runs it, without its
 * ahead-of-time cache (cold) and with it; beside them the Python tutorial's aiohttp program, and
 * the same work again in a process that has done it before (warm). The clients ask a local
 * httpbin in a JVM of its own, which has served one round before the counted ones; step 4's
 * scale run starts a local httpbin of its own, inside its JVM. Nothing is pinned: a reader's
 * laptop does not pin either. The rounds interleave the programs, so that a busy moment of the
 * machine falls on all of them alike.
 */
public final class FirstRuns {

    /** The JVM options of the README's command, besides the cache; the README says why. */
    public static final List<String> JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:UserThreadWaitAttemptsAtExit=0");
    static final String COLD = "cold";
    static final String CACHE = "AOT cache";
    static final String WARM = "warm";
    static final int ALL_IN_FLIGHT = 1000;
    static final int IN_ONE_JVM = 5000;
    static final Duration LIMIT = Duration.ofMinutes(2);
    static final int SHORT_RUNS = 3;
    private static final Pattern DONE = Pattern.compile("(?m)^done: (\\d+) ok, (\\d+) failed");

    private record Program(String who, Job job, List<String> command) {
    }

    private final Path project;
    private final Tools tools;
    private final Path logs;
    private final Path python;
    private final double warmupSeconds;
    private final PrintStream log;

    private FirstRuns(Path project, Tools tools, Path out, double warmupSeconds, PrintStream log) throws IOException {
        this.project = project;
        this.tools = tools;
        this.logs = out.resolve("logs");
        this.warmupSeconds = warmupSeconds;
        this.log = log;
        this.python = out.resolve("aiohttp_first_run.py");
        try (InputStream source = FirstRuns.class.getResourceAsStream("aiohttp_first_run.py")) {
            Files.createDirectories(out);
            Files.copy(source, python, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The README's command for a step, from the project's root; with or without its cache. */
    public static List<String> command(String module, boolean cache) {
        List<String> command = new ArrayList<>(List.of("java"));
        if (cache) {
            command.add("-XX:AOTCache=" + module + "/target/" + module + ".aot");
        }
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", module + "/target/" + module + ".jar"));
        return command;
    }

    /**
     * Measures every program on F1's jobs, {@code runs} counted rounds, against a local httpbin
     * it starts for the purpose; the steps' jars are under {@code project}.
     */
    static List<ResultRow> measure(Path project, Tools tools, Path out, int runs, double warmupSeconds, PrintStream log)
            throws IOException {
        FirstRuns firstRuns = new FirstRuns(project, tools, out, warmupSeconds, log);
        List<String> server = new ArrayList<>(List.of(java(), "-Xmx1g", "-cp", ClassPath.current()));
        try (HttpbinServer httpbin = HttpbinServer.start(List.of(), server, firstRuns.logs)) {
            return firstRuns.measure(httpbin.baseUri(), runs);
        }
    }

    /**
     * The docs build's short run: F1 with {@link #SHORT_RUNS} rounds and no warm-up beyond one
     * run; its table, with the load of the machine before and after.
     */
    public static String shortRun(Path project, Path out, PrintStream log) throws IOException {
        String before = Setup.loadAverage();
        List<ResultRow> rows = measure(project, Tools.find(), out, SHORT_RUNS, 0, log);
        return FirstRunTable.text(rows, SHORT_RUNS, false) + "Machine: " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + before + " before and " + Setup.loadAverage() + " after;\nJava "
                + Runtime.version() + ".\n";
    }

    private List<ResultRow> measure(URI base, int runs) {
        List<ResultRow> rows = new ArrayList<>();
        Map<Program, List<RunFigures>> timed = new LinkedHashMap<>();
        List<Program> warm = new ArrayList<>();
        for (Job job : List.of(Job.threeUrls(), Job.firstRun(ALL_IN_FLIGHT))) {
            List<String> args = stepArguments(job, Optional.of(base));
            if (tools.aiohttp()) {
                timed.put(python(job, base, 1), new ArrayList<>());
                warm.add(python(job, base, runs + 1));
            } else {
                for (String variant : List.of(COLD, WARM)) {
                    rows.add(ResultRow.missing(who(Benchmark.AIOHTTP, variant), job,
                            "python3-aiohttp not installed (apt-get install -y python3-aiohttp)"));
                }
            }
            for (TourStep step : Tour.STEPS) {
                if (step.concurrent() || job.requests() == 3) {
                    steps(step.module(), job, args, timed, rows);
                    warm.add(new Program(who(step.module(), WARM), job, warmCommand(step.module(), runs, args)));
                }
            }
        }
        steps("step4-virtual-threads", Job.firstRun(IN_ONE_JVM), stepArguments(Job.firstRun(IN_ONE_JVM),
                Optional.empty()), timed, rows);
        for (int round = 0; round <= runs; round++) {
            log.println("first runs, " + (round == 0 ? "a round to warm the server" : "round " + round + " of " + runs));
            for (Map.Entry<Program, List<RunFigures>> program : timed.entrySet()) {
                if (round > 0) {
                    once(program.getKey(), round).ifPresent(program.getValue()::add);
                } else if (program.getKey().job().requests() != IN_ONE_JVM) {
                    once(program.getKey(), round); // not counted: it warms the server
                }
            }
        }
        timed.forEach((program, figures) -> rows.add(figures.size() == runs
                ? ResultRow.measured(program.who(), program.job(), figures, "")
                : ResultRow.missing(program.who(), program.job(), "failed in " + (runs - figures.size()) + " of " + runs
                        + " runs; see " + logs.resolve("f1-*.err"))));
        for (Program program : warm) {
            rows.add(warm(program, runs));
        }
        return rows;
    }

    private void steps(String module, Job job, List<String> args, Map<Program, List<RunFigures>> timed, List<ResultRow> rows) {
        for (boolean cache : List.of(false, true)) {
            String who = who(module, cache ? CACHE : COLD);
            List<String> command = command(module, cache);
            Optional<String> missing = missing(module, cache);
            if (missing.isPresent()) {
                rows.add(ResultRow.missing(who, job, missing.get()));
                continue;
            }
            command.set(0, java());
            command.replaceAll(part -> part.replace(module + "/target/", project.resolve(module).resolve("target") + "/"));
            command.addAll(args);
            timed.put(new Program(who, job, command), new ArrayList<>());
        }
    }

    private Optional<String> missing(String module, boolean cache) {
        Path target = project.resolve(module).resolve("target");
        if (!Files.isRegularFile(target.resolve(module + ".jar"))) {
            return Optional.of("no " + module + ".jar: ./mvnw package builds it");
        }
        if (cache && !Files.isRegularFile(target.resolve(module + ".aot"))) {
            return Optional.of(Runtime.version().feature() < 25
                    ? "no cache: JDK 25 makes it, this is " + Runtime.version().feature()
                    : "no " + module + ".aot: ./mvnw package makes it");
        }
        return Optional.empty();
    }

    static List<String> stepArguments(Job job, Optional<URI> base) {
        List<String> args = new ArrayList<>();
        base.ifPresent(url -> args.addAll(List.of("--base-url", url.toString())));
        if (job.requests() > 3) {
            args.addAll(List.of("--path", job.path(), "--repeat", String.valueOf(job.requests()),
                    "--limit", String.valueOf(job.limit()), "--quiet"));
        }
        return args;
    }

    private Program python(Job job, URI base, int runs) {
        List<String> command = new ArrayList<>(List.of(tools.python().orElseThrow().toString(), python.toString(),
                String.valueOf(runs), base.toString()));
        if (job.requests() > 3) {
            command.addAll(List.of(job.path(), String.valueOf(job.requests())));
        }
        return new Program(who(Benchmark.AIOHTTP, runs == 1 ? COLD : WARM), job, command);
    }

    private List<String> warmCommand(String module, int runs, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", ClassPath.current(), WarmRuns.class.getName(), module,
                String.valueOf(warmupSeconds), String.valueOf(runs), "--"));
        command.addAll(args);
        return command;
    }

    /** One start of the program, timed from just before it is started to just after it has exited. */
    private Optional<RunFigures> once(Program program, int round) {
        long start = System.nanoTime();
        try (Child child = Child.start(name(program, round), program.command(), logs)) {
            int code = child.waitFor(LIMIT);
            double seconds = (System.nanoTime() - start) / 1e9;
            Matcher done = DONE.matcher(child.output());
            if (code != 0 || !done.find() || !done.group(2).equals("0")) {
                log.println(program.who() + ": exited with " + code + "; see " + child.errorsFile());
                return Optional.empty();
            }
            return Optional.of(new RunFigures(seconds, Integer.parseInt(done.group(1)), 0, -1, -1, -1));
        } catch (RunFailed e) {
            log.println(program.who() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private ResultRow warm(Program program, int runs) {
        log.println("running " + program.who() + ": " + program.job().describe());
        try (Child child = Child.start(name(program, 0), program.command(), logs)) {
            int code = child.waitFor(Benchmark.CHILD_LIMIT);
            List<RunFigures> figures = child.output().lines().filter(RunFigures::isRunLine).map(RunFigures::parse).toList();
            if (code != 0 || figures.size() != runs) {
                return ResultRow.missing(program.who(), program.job(), "exited with " + code + " after " + figures.size()
                        + " runs; see " + child.errorsFile());
            }
            return ResultRow.measured(program.who(), program.job(), figures, "");
        } catch (RunFailed e) {
            return ResultRow.missing(program.who(), program.job(), e.getMessage());
        }
    }

    static String who(String program, String variant) {
        return program + " [" + variant + "]";
    }

    private static String name(Program program, int round) {
        return "f1-" + program.who().replaceAll("[^A-Za-z0-9]+", "-") + program.job().requests() + "-" + round;
    }

    private static String java() {
        return ChildProcesses.java().toString();
    }
}
