package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A recipe's one line of set-up: the server serves, and the program still ends when main returns. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StartDaemonTest {

    @Test
    void aServerStartedOnDaemonThreadsServesAndLetsTheProgramEnd() throws Exception {
        Process program = program("daemon");

        assertThat(program.waitFor(20, TimeUnit.SECONDS))
                .as("the program ends when its main returns, with the server still open")
                .isTrue();
        assertThat(program.exitValue()).isZero();
        assertThat(new String(program.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("served");
    }

    @Test
    void aServerStartedPlainlyKeepsTheProgramRunningUntilClosed() throws Exception {
        Process program = program("plain");
        try {
            assertThat(program.waitFor(5, TimeUnit.SECONDS))
                    .as("the JDK server's dispatcher thread keeps a JVM alive: why startDaemon exists")
                    .isFalse();
        } finally {
            program.destroyForcibly().waitFor();
        }
    }

    private static Process program(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BackgroundProgram.class.getName(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
