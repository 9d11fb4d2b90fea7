package dev.concurrenthttp.step5;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/** Scenario 10's two sides: work that keeps a core busy, and the load it shows. */
final class Cpu {

    private static final OperatingSystemMXBean OS = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private Cpu() {
    }

    /**
     * Hashes, over and over, until {@code stop} says so: one core kept busy, checked between
     * hashes.
     */
    static void hashUntil(BooleanSupplier stop) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        byte[] bytes = new byte[512];
        ThreadLocalRandom.current().nextBytes(bytes);
        while (!stop.getAsBoolean()) {
            bytes = sha.digest(bytes);
        }
    }

    /**
     * The process's CPU load since the last call, in busy cores, as easyracer's Java clients
     * compute it: one core fully busy reads 1.0. Formatted for a query string.
     */
    static String busyCores() {
        double load = Math.max(0, OS.getProcessCpuLoad()) * OS.getAvailableProcessors();
        return String.format(Locale.ROOT, "%.3f", load);
    }

    /**
     * The times of scenario 10's reports: once a second from now, at a fixed rate, so that a
     * slow report does not push the next ones late. Made when the work starts, it also starts
     * the load's measuring: the first report's load covers its own second, not the idle time before.
     */
    static final class EverySecond {

        private final long start = System.nanoTime();
        private int reports;

        EverySecond() {
            busyCores();
        }

        /** How long until the next report is due; zero if it is due already. */
        Duration untilNext() {
            reports++;
            return Duration.ofNanos(Math.max(0, start + reports * 1_000_000_000L - System.nanoTime()));
        }
    }
}
