package dev.concurrenthttp.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The Python listings the chapters show are programs, run here against the local httpbin like
 * the Java ones: each must exit 0 and print the three bodies in order. Where Python or one of
 * the libraries a listing imports is missing, that listing is skipped with the reason.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PythonListingsTest {

    private static final Path LISTINGS = Path.of("src/docs/python");
    private static final Path PYTHON = Path.of("/usr/bin/python3"); // the system one, with Debian's packages
    private static final Set<String> THIRD_PARTY = Set.of("aiohttp", "httpx", "requests");
    private static final Pattern IMPORT = Pattern.compile("^(?:import|from) (\\w+)", Pattern.MULTILINE);

    private static LocalHttpbin httpbin;

    @BeforeAll
    static void startHttpbin() {
        httpbin = LocalHttpbin.start();
    }

    @AfterAll
    static void stopHttpbin() {
        httpbin.close();
    }

    @TestFactory
    Stream<DynamicTest> everyListingPrintsTheThreeBodies() throws IOException {
        List<Path> listings;
        try (Stream<Path> files = Files.list(LISTINGS)) {
            listings = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertThat(listings).as("Python listings in %s", LISTINGS).isNotEmpty();
        return listings.stream().map(listing -> DynamicTest.dynamicTest(listing.getFileName().toString(),
                () -> runsAndPrintsTheThreeBodies(listing)));
    }

    private static void runsAndPrintsTheThreeBodies(Path listing) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), PYTHON + " not found: install Python 3 to run the Python listings");
        for (String module : thirdPartyImports(listing)) {
            assumeTrue(run(List.of(PYTHON.toString(), "-c", "import " + module)).exitCode() == 0,
                    "Python module " + module + " not installed (Debian: python3-" + module + "); "
                            + listing.getFileName() + " not run");
        }

        Result result = run(List.of(PYTHON.toString(), listing.toString(), httpbin.baseUri().toString()));

        assertThat(result.exitCode()).as("%s exit code; stderr:%n%s", listing.getFileName(), result.err()).isZero();
        assertThat(result.out()).containsSubsequence("\"uuid\"", "\"user-agent\"", "\"headers\"");
    }

    private static Set<String> thirdPartyImports(Path listing) throws IOException {
        Set<String> modules = new TreeSet<>();
        Matcher matcher = IMPORT.matcher(Files.readString(listing));
        while (matcher.find()) {
            if (THIRD_PARTY.contains(matcher.group(1))) {
                modules.add(matcher.group(1));
            }
        }
        return modules;
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("python-out", ".txt");
        Path err = Files.createTempFile("python-err", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
