package dev.concurrenthttp.benchmark;

import dev.concurrenthttp.commandline.ChildProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program the benchmark starts: its output and errors go to files, and it is always stopped,
 * first politely (SIGTERM, so a JVM runs its shutdown hooks), then by force.
 */
final class Child implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path out;
    private final Path err;

    private Child(String name, Process process, Path out, Path err) {
        this.name = name;
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static Child start(String name, List<String> command, Path logs) {
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            return new Child(name, process, out, err);
        } catch (IOException e) {
            throw new RunFailed("cannot start " + name + " (" + command.getFirst() + "): " + e.getMessage(), e);
        }
    }

    /** Waits for the program to end by itself; past {@code limit} it is stopped and this fails. */
    int waitFor(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new RunFailed(name + " did not finish within " + limit.toSeconds() + " s; stopped it");
            }
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new RunFailed(name + ": interrupted", e);
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        return read(out);
    }

    String errors() {
        return read(err);
    }

    Path errorsFile() {
        return err;
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        ChildProcesses.stop(process);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
