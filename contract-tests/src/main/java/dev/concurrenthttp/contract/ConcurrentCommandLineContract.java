package dev.concurrenthttp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.CommandRunner.Command;
import dev.concurrenthttp.contract.CommandRunner.Run;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line of a step with many requests in flight: {@link CommandLineContract}, plus {@code --limit}. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class ConcurrentCommandLineContract extends CommandLineContract {

    protected ConcurrentCommandLineContract(Class<?> mainClass, Command command) {
        super(mainClass, command);
    }

    @Test
    void limitCapsTheRequestsInFlight() {
        try (ProbeServer probe = ProbeServer.start()) {
            Run run = runWith("--base-url", probe.baseUri().toString(), "--path", "/hold/200", "--repeat", "8",
                    "--limit", "2", "--quiet");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.lastLine()).startsWith("done: 8 ok, 0 failed, 8 requests in ");
            assertThat(probe.peakInFlight()).isBetween(1, 2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--limit 0", "--limit -1", "--limit x", "--limit"})
    void aLimitThatIsNotAPositiveWholeNumberIsOneLineNamingTheInputAndExitCodeTwo(String args) {
        String[] words = args.split(" ");

        Run run = runWith(words);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).as("stderr").hasSize(1).first().asString()
                .contains(String.join(" ", words))
                .contains("usage:");
    }
}
