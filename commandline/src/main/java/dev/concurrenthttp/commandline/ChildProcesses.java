package dev.concurrenthttp.commandline;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** How a command that starts a process of its own (a server in another JVM) starts and stops it. */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /** The {@code java} launcher of the JDK that runs this JVM: a child JVM runs on the same one. */
    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Asks {@code process} to stop, waits up to 10 s, then kills it; never leaves it behind. */
    public static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
