package dev.concurrenthttp.docs;

import dev.concurrenthttp.commandline.ChildProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs each step's recipe, its {@code ThreeUrls}, exactly as the guide prints the command, from
 * the project's root, and keeps what it printed: {@code recipe-stepN.txt} and
 * {@code recipe-stepN.command.txt}. A command that no longer works as printed fails the build.
 * Steps 1 and 2 run with the JDK's source launcher, as {@code python3 program.py} runs a
 * program; steps 3 and 4 from their jars, which bring HttpClient 5 along.
 */
public final class CaptureRecipes {

    /** The command a reader types for each step's recipe, from the project's root. */
    static final List<String> COMMANDS = List.of(
            "java -cp httpbin/target/classes step1-blocking/src/main/java/dev/concurrenthttp/step1/ThreeUrls.java",
            "java -cp httpbin/target/classes step2-futures/src/main/java/dev/concurrenthttp/step2/ThreeUrls.java",
            "java -cp step3-async-client/target/step3-async-client.jar dev.concurrenthttp.step3.ThreeUrls",
            "java -cp step4-virtual-threads/target/step4-virtual-threads.jar dev.concurrenthttp.step4.ThreeUrls");

    private CaptureRecipes() {
    }

    public static void main(String... args) throws IOException, InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CaptureRecipes <captured-dir> <project-root>");
        }
        Path captured = Files.createDirectories(Path.of(args[0]));
        Path root = Path.of(args[1]).toAbsolutePath().normalize();
        for (int step = 1; step <= COMMANDS.size(); step++) {
            String command = COMMANDS.get(step - 1);
            Files.writeString(captured.resolve("recipe-step" + step + ".command.txt"), command + "\n");
            Files.writeString(captured.resolve("recipe-step" + step + ".txt"), run(command, root));
        }
    }

    /** Runs {@code command} in {@code root} with this build's JDK as {@code java}; returns what it printed. */
    static String run(String command, Path root) throws IOException, InterruptedException {
        List<String> words = new ArrayList<>(List.of(command.split(" ")));
        words.set(0, ChildProcesses.java().toString());
        Path out = Files.createTempFile("recipe", ".out");
        Path err = Files.createTempFile("recipe", ".err");
        try {
            Process process = new ProcessBuilder(words).directory(root.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + ": did not end within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + ": exited with " + process.exitValue() + ": "
                        + Files.readString(err));
            }
            return Files.readString(out);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
