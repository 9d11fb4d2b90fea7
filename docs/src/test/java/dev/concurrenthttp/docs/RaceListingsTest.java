package dev.concurrenthttp.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.concurrenthttp.httpbin.scenarios.ScenarioServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Step 5's Python listing is a program too: run against the scenario server, it must answer its
 * five scenarios right and leave none of their requests pending. Skipped, with the reason,
 * where Python or aiohttp is missing (Debian: python3-aiohttp).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RaceListingsTest {

    private static final Path LISTING = Path.of("src/docs/python/races/races.py");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void thePythonRacesAnswerRightAndCancelTheirLosers() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), PYTHON + " not found: install Python 3 to run the Python listings");
        // TaskGroup, asyncio.timeout and ExceptionGroup came in Python 3.11.
        assumeTrue(PythonListingsTest.run(List.of(PYTHON.toString(), "-c",
                "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)")).exitCode() == 0,
                "Python older than 3.11: " + LISTING.getFileName() + " needs asyncio.TaskGroup; not run");
        assumeTrue(PythonListingsTest.run(List.of(PYTHON.toString(), "-c", "import aiohttp")).exitCode() == 0,
                "Python module aiohttp not installed (Debian: python3-aiohttp); " + LISTING.getFileName() + " not run");

        try (ScenarioServer server = ScenarioServer.start()) {
            PythonListingsTest.Result result = PythonListingsTest.run(
                    List.of(PYTHON.toString(), LISTING.toString(), server.baseUri().toString()));

            assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isZero();
            assertThat(result.out().lines()).containsExactly("scenario 1 (python): right", "scenario 4 (python): right",
                    "scenario 7 (python): right", "scenario 8 (python): right", "scenario 9 (python): right");
            for (int n : List.of(1, 4, 7, 8, 9)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                while (server.pending(n) > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(server.pending(n)).as("requests of scenario %d pending at the server", n).isZero();
            }
        }
    }
}
