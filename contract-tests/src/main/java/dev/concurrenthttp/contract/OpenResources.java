package dev.concurrenthttp.contract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The platform threads and sockets this JVM has open at one moment, to show that a client
 * closed everything it opened: take one before, one after, and compare.
 *
 * @param threads the live platform threads, name by id (virtual threads are not counted)
 * @param sockets open socket file descriptors, or -1 where {@code /proc/self/fd} does not exist
 */
public record OpenResources(Map<Long, String> threads, int sockets) {

    private static final Path OWN_FILE_DESCRIPTORS = Path.of("/proc/self/fd");

    public static OpenResources now() {
        long[] ids = ManagementFactory.getThreadMXBean().getAllThreadIds();
        Map<Long, String> threads = new HashMap<>();
        Arrays.stream(ManagementFactory.getThreadMXBean().getThreadInfo(ids))
                .filter(Objects::nonNull) // ended between the two calls
                .forEach(info -> threads.put(info.getThreadId(), info.getThreadName()));
        return new OpenResources(Map.copyOf(threads), countSockets());
    }

    /**
     * Waits up to {@code within} for threads and sockets opened since {@code before} to close,
     * as a closed client's threads end and its sockets close a moment after {@code close()}
     * returns; returns what is still open that was not open before.
     */
    public static OpenResources leftSince(OpenResources before, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        OpenResources left = now().minus(before);
        while ((!left.threads.isEmpty() || left.sockets > 0) && System.nanoTime() - deadline < 0) {
            Thread.sleep(50);
            left = now().minus(before);
        }
        return left;
    }

    private OpenResources minus(OpenResources before) {
        Map<Long, String> started = new HashMap<>(threads);
        started.keySet().removeAll(before.threads.keySet());
        // The common pool's workers come and go with load, and its timer (orTimeout's, from JDK 25)
        // starts on first use: the JVM's threads, whoever used them, not a client's.
        started.values().removeIf(name -> name.startsWith("ForkJoinPool.commonPool-worker-")
                || name.endsWith("-delayScheduler"));
        return new OpenResources(Map.copyOf(started), sockets < 0 ? 0 : Math.max(0, sockets - before.sockets));
    }

    private static int countSockets() {
        if (!Files.isDirectory(OWN_FILE_DESCRIPTORS)) {
            return -1;
        }
        try (Stream<Path> descriptors = Files.list(OWN_FILE_DESCRIPTORS)) {
            return (int) descriptors.filter(OpenResources::isSocket).count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isSocket(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor).toString().startsWith("socket:");
        } catch (IOException e) {
            return false; // closed while listed
        }
    }
}
