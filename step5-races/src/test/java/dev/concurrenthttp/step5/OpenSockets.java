package dev.concurrenthttp.step5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sockets this process holds open, counted in {@code /proc/self/fd} where Linux has one. */
final class OpenSockets {

    private static final Path FDS = Path.of("/proc/self/fd");

    private OpenSockets() {
    }

    static boolean countable() {
        return Files.isDirectory(FDS);
    }

    static long count() throws IOException {
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // closed while listed
                }
            }).count();
        }
    }

    /**
     * Waits up to five seconds for the count to come down to {@code expected}; returns the last
     * count.
     */
    static long awaitAtMost(long expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long count;
        while ((count = count()) > expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return count;
    }
}
