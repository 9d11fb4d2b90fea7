package dev.concurrenthttp.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a step's command line in this JVM, or its main class as a process, and keeps what it printed. */
public final class CommandRunner {

    /** What a step's {@code main} runs, called in this JVM: a test cannot catch {@code System.exit}. */
    @FunctionalInterface
    public interface Command {

        /** Returns the exit code the main would exit with. */
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** The result of one run: exit code and what it printed. */
    public record Run(int exitCode, String out, String err) {

        public List<String> outLines() {
            return out.lines().toList();
        }

        public String lastLine() {
            List<String> lines = outLines();
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    private final Class<?> mainClass;
    private final Command command;

    public CommandRunner(Class<?> mainClass, Command command) {
        this.mainClass = mainClass;
        this.command = command;
    }

    /** Runs the command in this JVM. */
    public Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the main class in a fresh JVM; a thread left running would keep it from exiting. */
    public int runMain(String... args) throws IOException, InterruptedException {
        return inFreshJvm(mainClass, 30, args).exitCode();
    }

    /** Runs {@code mainClass} in a JVM of its own, as a reader runs it, and keeps what it printed. */
    public static Run inFreshJvm(Class<?> mainClass, int seconds, String... args)
            throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        java.addAll(List.of(args));
        Path out = Files.createTempFile("main", ".out");
        Path err = Files.createTempFile("main", ".err");
        Process process = new ProcessBuilder(java).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError(mainClass.getName() + " " + String.join(" ", args) + " did not exit within "
                        + seconds + " s: a non-daemon thread was left running, or a request without a deadline");
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            process.destroyForcibly();
            Files.delete(out);
            Files.delete(err);
        }
    }
}
