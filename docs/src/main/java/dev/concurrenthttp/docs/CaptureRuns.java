package dev.concurrenthttp.docs;

import dev.concurrenthttp.cli.StepCommand;
import dev.concurrenthttp.commandline.CommandLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Runs the steps the way a reader would and keeps what they print, so that every output and
 * timeline in the docs comes from a real run of the code beside it. For each run it writes
 * {@code NAME.txt} (what it printed), {@code NAME.command.txt} (the command that does the same
 * by hand) and, where asked, {@code NAME.svg} (its timeline) among the images.
 */
@Command(name = "capture-runs", synopsisHeading = "usage: ",
        description = "Runs the steps, the tour and a short benchmark, and keeps what they print for the docs.")
public final class CaptureRuns implements Callable<Integer> {

    /** A demo that runs longer has hung: the build stops rather than wait for ever. */
    private static final Duration DEMO_LIMIT = Duration.ofMinutes(3);

    @Parameters(index = "0", paramLabel = "CAPTURED_DIR", description = "where each run's output goes")
    private Path captured;

    @Parameters(index = "1", paramLabel = "IMAGES_DIR", description = "where the timelines go")
    private Path images;

    @Parameters(index = "2", paramLabel = "PROJECT_ROOT", description = "the project's root folder")
    private Path projectRoot;

    public static void main(String... args) {
        CommandLines.exit(CommandLines.execute(new CaptureRuns(), args, System.out, System.err));
    }

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(captured);
        Files.createDirectories(images);

        run("step1-staircase", "step1-blocking", dev.concurrenthttp.step1.Main.COMMAND, true,
                "--path", "/delay/0.2", "-n", "5", "-q", "--timeline");

        run("step2-hundred", "step2-futures", dev.concurrenthttp.step2.Main.COMMAND, true,
                "--path", "/delay/1", "-n", "100", "-q");
        run("step2-waves", "step2-futures", dev.concurrenthttp.step2.Main.COMMAND, false,
                "--path", "/delay/0.2", "-n", "20", "-c", "5", "-q", "--timeline");
        demo("step2-which-thread", "step2-futures", dev.concurrenthttp.step2.WhichThreadDemo.class,
                () -> dev.concurrenthttp.step2.WhichThreadDemo.main());

        run("step3-limit-100", "step3-async-client", dev.concurrenthttp.step3.Main.COMMAND, true,
                "--path", "/delay/1", "-n", "300", "-c", "100", "-q");
        run("step3-limit-300", "step3-async-client", dev.concurrenthttp.step3.Main.COMMAND, true,
                "--path", "/delay/1", "-n", "300", "-c", "300", "-q");

        run("step4-hundred", "step4-virtual-threads", dev.concurrenthttp.step4.Main.COMMAND, true,
                "--path", "/delay/1", "-n", "100", "-q");
        runWithFailures("retries-give-up", "step4-virtual-threads", dev.concurrenthttp.step4.Main.COMMAND,
                "--path", "/status/503", "--retries", "2", "-q");

        tour(projectRoot);
        benchmark();
        return CommandLines.OK;
    }

    /**
     * A short run of the benchmark (small N, few runs) with its table and charts. Rows whose
     * tools are missing are skipped, and the table says so; the full run is the reader's command.
     */
    private void benchmark() throws IOException {
        Path results = captured.resolve("benchmark");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = dev.concurrenthttp.benchmark.Benchmark.run(
                new String[] {"--quick", "--allow-missing", "--out", results.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (!Files.exists(results.resolve("table.txt"))) {
            throw new IllegalStateException("the benchmark exited with " + code + " and wrote no table: "
                    + err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8));
        }
        Files.copy(results.resolve("table.txt"), captured.resolve("benchmark-table.txt"), StandardCopyOption.REPLACE_EXISTING);
        Path charts = Files.createDirectories(images.resolve("benchmark"));
        for (String chart : List.of("l1.svg", "t1.svg")) {
            Files.copy(results.resolve(chart), charts.resolve(chart), StandardCopyOption.REPLACE_EXISTING);
        }
        String command = dev.concurrenthttp.benchmark.Benchmark.COMMAND;
        Files.writeString(captured.resolve("benchmark.command.txt"), command + "\n");
        Files.writeString(captured.resolve("benchmark-quick.command.txt"), command + " \"-Dbenchmark.args=--quick\"\n");
    }

    /** The tour's whole output, and its closing table alone, with a timeline per step. */
    private void tour(Path projectRoot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path svgs = images.resolve("tour");
        int code = dev.concurrenthttp.tour.Tour.run(
                new String[] {"--sources", projectRoot.toString(), "--svg-dir", svgs.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        if (code != 0) {
            throw new IllegalStateException("the tour exited with " + code + ": " + err.toString(StandardCharsets.UTF_8) + printed);
        }
        Files.writeString(captured.resolve("tour.txt"), printed);
        Files.writeString(captured.resolve("tour-table.txt"), printed.substring(printed.lastIndexOf("\nstep ") + 1));
        Files.writeString(captured.resolve("tour.command.txt"), "./mvnw -q package -DskipTests -Ptour\n");
    }

    private void run(String name, String module, StepCommand step, boolean svg, String... args) throws IOException {
        capture(name, module, step, svg, 0, args);
    }

    /** A run in which requests fail, as it means to show: it must exit with 1. */
    private void runWithFailures(String name, String module, StepCommand step, String... args) throws IOException {
        capture(name, module, step, false, 1, args);
    }

    private void capture(String name, String module, StepCommand step, boolean svg, int expectedCode, String... args)
            throws IOException {
        List<String> arguments = new ArrayList<>(List.of(args));
        if (svg) {
            arguments.add("--timeline-svg");
            arguments.add(images.resolve(name + ".svg").toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = step.run(arguments.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != expectedCode) {
            throw new IllegalStateException(name + ": " + module + " " + String.join(" ", args)
                    + " exited with " + code + ": " + err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8));
        }
        Files.writeString(captured.resolve(name + ".txt"), out.toString(StandardCharsets.UTF_8));
        Files.writeString(captured.resolve(name + ".command.txt"), command(module, args) + "\n");
    }

    /**
     * A demo's main, which prints to {@code System.out}. It runs on a thread named {@code main},
     * so what it prints about threads is what the reader's command prints.
     */
    private void demo(String name, String module, Class<?> mainClass, Runnable main) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FutureTask<Void> task = new FutureTask<>(main, null);
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Thread thread = new Thread(task, "main");
            thread.setDaemon(true); // one that hangs must not keep the build's JVM alive
            thread.start();
            task.get(DEMO_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + ": " + mainClass.getName() + " did not end within " + DEMO_LIMIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + ": " + mainClass.getName() + " failed", e.getCause());
        } finally {
            System.setOut(original);
        }
        Files.writeString(captured.resolve(name + ".txt"), out.toString(StandardCharsets.UTF_8));
        Files.writeString(captured.resolve(name + ".command.txt"),
                "java -cp " + jar(module) + " " + mainClass.getName() + "\n");
    }

    /** The command a reader types for the same run, from the project's root, once it is built. */
    private static String command(String module, String... args) {
        String command = "java -jar " + jar(module);
        return args.length == 0 ? command : command + " " + String.join(" ", args);
    }

    private static String jar(String module) {
        return module + "/target/" + module + ".jar";
    }
}
