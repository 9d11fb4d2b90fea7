package dev.concurrenthttp.step5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP connections this process holds open, where Linux shows them: the sockets among its
 * file descriptors ({@code /proc/self/fd}) that the kernel's TCP tables list, listening ones left
 * out. A socket whose connection is over but whose descriptor waits for the garbage collector
 * (HttpClient 5 leaves a few such after a close) is in no table, and holds no connection.
 */
final class OpenSockets {

    private static final Path FDS = Path.of("/proc/self/fd");
    private static final List<Path> TCP_TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String LISTEN = "0A";

    private OpenSockets() {
    }

    static boolean countable() {
        return Files.isDirectory(FDS) && TCP_TABLES.stream().allMatch(Files::isReadable);
    }

    static long count() throws IOException {
        Set<String> connected = new HashSet<>();
        for (Path table : TCP_TABLES) {
            List<String> rows = Files.readAllLines(table);
            for (String row : rows.subList(1, rows.size())) {
                String[] fields = row.trim().split("\\s+");
                if (!fields[3].equals(LISTEN)) {
                    connected.add(fields[9]); // the socket's inode
                }
            }
        }
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.map(OpenSockets::inode).filter(connected::contains).count();
        }
    }

    private static String inode(Path fd) {
        try {
            String target = Files.readSymbolicLink(fd).toString(); // socket:[12345]
            return target.startsWith("socket:[") ? target.substring(8, target.length() - 1) : "";
        } catch (IOException e) {
            return ""; // closed while listed
        }
    }

    /** Waits up to five seconds for the count to come down to {@code expected}; returns the last count. */
    static long awaitAtMost(long expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long count;
        while ((count = count()) > expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return count;
    }
}
