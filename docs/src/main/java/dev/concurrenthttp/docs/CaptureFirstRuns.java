package dev.concurrenthttp.docs;

import dev.concurrenthttp.benchmark.FirstRuns;
import dev.concurrenthttp.commandline.CommandLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Times each step's first run, as the README's command runs it, cold and with its ahead-of-time
 * cache, beside the Python tutorial's program, and keeps the table for the performance chapter:
 * {@code first-run-table.txt}, and {@code first-run.command.txt}, the command it measured.
 */
@Command(name = "capture-first-runs", synopsisHeading = "usage: ",
        description = "Times each step's first run from Enter to exit, and keeps the table for the docs.")
public final class CaptureFirstRuns implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CAPTURED_DIR", description = "where the table goes")
    private Path captured;

    @Parameters(index = "1", paramLabel = "PROJECT_ROOT", description = "the project's root folder, with the steps' jars")
    private Path projectRoot;

    public static void main(String... args) {
        CommandLines.exit(CommandLines.execute(new CaptureFirstRuns(), args, System.out, System.err));
    }

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(captured);
        String table = FirstRuns.shortRun(projectRoot, captured.resolve("first-run"), System.out);
        Files.writeString(captured.resolve("first-run-table.txt"), table);
        // The README's command, on lines that fit a listing: the options, then the jar.
        List<String> command = FirstRuns.command("step2-futures", true);
        int jar = command.indexOf("-jar");
        Files.writeString(captured.resolve("first-run.command.txt"), command.getFirst() + " "
                + String.join(" \\\n     ", command.subList(1, jar)) + " \\\n     "
                + String.join(" ", command.subList(jar, command.size())) + "\n");
        return CommandLines.OK;
    }
}
