package dev.concurrenthttp.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The workshop's setup check ({@code setup/SetupCheck.java}), run as a participant runs it. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SetupCheckTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path CHECK = ROOT.resolve("setup/SetupCheck.java");

    record Result(int exitCode, List<String> lines) {
    }

    @Test
    void saysTheRepositoryIsNotFilledOnAFreshMachine(@TempDir Path emptyHome) throws Exception {
        Result result = check(currentJava(), emptyHome, "--no-smoke");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.lines()).anyMatch(line -> line.startsWith("FIX   local Maven repository not filled"));
        assertThat(result.lines()).anyMatch(line -> line.startsWith("FIX   the wrapper has not downloaded Maven"));
        assertThat(result.lines()).anyMatch(line -> line.startsWith("ok    Java "));
    }

    @Test
    void namesTheJdkFoundAndTheOneNeededWhenJavaIsTooOld(@TempDir Path home) throws Exception {
        Optional<Path> oldJava = jdksUnder(Path.of("/usr/lib/jvm")).stream()
                .filter(jdk -> feature(jdk) > 0 && feature(jdk) < 21 && feature(jdk) >= 11)
                .map(jdk -> jdk.resolve("bin/java")).filter(Files::isExecutable).findFirst();
        assumeTrue(oldJava.isPresent(), "no JDK 11 to 20 under /usr/lib/jvm to play a participant's old Java");

        Result result = check(oldJava.get(), home, "--no-smoke");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.lines()).anyMatch(line -> line.startsWith("FIX   Java ") && line.contains("needs JDK 21 or newer"));
    }

    private static Result check(Path java, Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Duser.home=" + home, CHECK.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("setup-check", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().remove("JAVA_HOME");
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the setup check did not finish within 90 s");
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return new Result(process.exitValue(), lines);
    }

    private static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static List<Path> jdksUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> jdks = Files.list(dir)) {
            return jdks.sorted().toList();
        }
    }

    private static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    return Integer.parseInt(line.substring("JAVA_VERSION=\"".length()).split("[.\"]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
