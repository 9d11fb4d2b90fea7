package dev.concurrenthttp.commandline;

import java.util.concurrent.TimeUnit;

/** How a command that starts a process of its own (a server in another JVM) stops it. */
public final class ChildProcesses {

    private ChildProcesses() {
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
