package dev.concurrenthttp.commandline;

import java.util.concurrent.CountDownLatch;

/** How a server's command line serves: until Ctrl-C, then it closes the server. */
public final class UntilStopped {

    private UntilStopped() {
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C), and closes {@code server} on the way out. */
    public static void serve(AutoCloseable server) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(server);
            stopped.countDown();
        }, "server-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            closeQuietly(server);
        }
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("closing the server failed: " + e);
        }
    }
}
