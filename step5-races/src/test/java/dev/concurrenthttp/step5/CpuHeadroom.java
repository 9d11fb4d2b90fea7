package dev.concurrenthttp.step5;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this machine can give the process a core now. Scenario 10's server wants a mean load
 * of at least 0.8 busy cores while its blocker is held; on a machine that other work keeps busy,
 * no client can show that, and the scenario is skipped with the load it could get.
 */
final class CpuHeadroom {

    static final double NEEDED = 0.9;

    private CpuHeadroom() {
    }

    /** Hashes for a second on a thread of its own and returns the load seen, in busy cores. */
    static double measure() throws InterruptedException {
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        AtomicBoolean stop = new AtomicBoolean();
        Thread busy = Thread.ofPlatform().start(() -> Cpu.hashUntil(stop::get));
        os.getProcessCpuLoad(); // starts the measuring
        Thread.sleep(1000);
        double load = os.getProcessCpuLoad() * os.getAvailableProcessors();
        stop.set(true);
        busy.join();
        return load;
    }
}
