package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProcessCostTest {

    @Test
    void readsThePeakResidentMemoryInBytes() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9999999 kB", "VmHWM:\t   81234 kB", "VmRSS:\t   70000 kB");

        assertThat(ProcessCost.peakRssBytes(status)).isEqualTo(81_234L * 1024);
        assertThat(ProcessCost.peakRssBytes(List.of("Name:\tjava"))).isEqualTo(-1);
    }

    @Test
    void countsOnlyTheDescriptorsThatAreSockets(@TempDir Path fds) throws IOException {
        Files.createSymbolicLink(fds.resolve("3"), Path.of("socket:[12345]"));
        Files.createSymbolicLink(fds.resolve("4"), Path.of("/usr/lib/jvm/lib/modules"));
        Files.createSymbolicLink(fds.resolve("5"), Path.of("socket:[12346]"));
        Files.createSymbolicLink(fds.resolve("6"), Path.of("pipe:[777]"));

        assertThat(ProcessCost.countSockets(fds)).isEqualTo(2);
    }

    @Test
    void seesTheSocketsThisProcessOpens() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "no /proc/self/fd: not Linux");
        List<ServerSocket> sockets = new ArrayList<>();
        try (ProcessCost cost = ProcessCost.start()) {
            int before = cost.peakSockets();
            for (int i = 0; i < 5; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }

            assertThat(cost.peakSockets()).isGreaterThanOrEqualTo(before + 5);
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void readsThisProcesssOwnPeaks() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "no /proc/self/status: not Linux");

        assertThat(ProcessCost.peakRssBytes()).isGreaterThan(1_000_000);
        assertThat(ProcessCost.peakPlatformThreads()).isGreaterThanOrEqualTo(Thread.activeCount());
    }
}
