package dev.concurrenthttp.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the measured process costs the machine, read from Linux's {@code /proc}: peak resident
 * memory ({@code VmHWM}), the most platform threads alive at once, and the most sockets open at
 * once. The kernel keeps the memory peak; the JVM keeps the thread peak; nobody keeps a socket
 * peak, so a sampler on a virtual thread (which adds no platform thread) counts them four times a
 * second.
 */
final class ProcessCost implements AutoCloseable {

    static final long SAMPLE_MILLIS = 250;
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path FDS = Path.of("/proc/self/fd");

    private final Path fds;
    private final AtomicInteger peakSockets = new AtomicInteger();
    private final Thread sampler;

    private ProcessCost(Path fds) {
        this.fds = fds;
        sample();
        this.sampler = Thread.ofVirtual().name("socket-sampler").start(this::sampleUntilClosed);
    }

    static ProcessCost start() {
        return new ProcessCost(FDS);
    }

    /** Samples now as well, so a run's last moment is counted. */
    int peakSockets() {
        sample();
        return peakSockets.get();
    }

    static long peakRssBytes() {
        try {
            return peakRssBytes(Files.readAllLines(STATUS));
        } catch (IOException e) {
            return -1;
        }
    }

    /** {@code VmHWM:   81234 kB} in bytes; -1 where the line is missing (not Linux). */
    static long peakRssBytes(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").strip()) * 1024;
            }
        }
        return -1;
    }

    /** The most live platform threads since the JVM started; virtual threads are not counted. */
    static int peakPlatformThreads() {
        return ManagementFactory.getThreadMXBean().getPeakThreadCount();
    }

    /** Entries of a {@code /proc/PID/fd} directory that link to {@code socket:[inode]}. */
    static int countSockets(Path fdDirectory) {
        int sockets = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fdDirectory)) {
            for (Path entry : entries) {
                try {
                    if (Files.readSymbolicLink(entry).toString().startsWith("socket:")) {
                        sockets++;
                    }
                } catch (IOException e) {
                    // closed between listing and reading: no longer open
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return sockets;
    }

    private void sample() {
        int now = countSockets(fds);
        peakSockets.accumulateAndGet(now, Math::max);
    }

    private void sampleUntilClosed() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(SAMPLE_MILLIS);
                sample();
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
