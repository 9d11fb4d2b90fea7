package dev.concurrenthttp.step3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.CommandRunner;
import dev.concurrenthttp.contract.ThreeUrlsContract;
import org.junit.jupiter.api.Test;

class ThreeUrlsTest extends ThreeUrlsContract {

    @Override
    protected Class<?> recipe() {
        return ThreeUrls.class;
    }

    @Override
    protected int expectedPeakInFlight() {
        return 3;
    }

    @Test
    void theSessionNamesItselfInItsUserAgent() throws Exception {
        CommandRunner.Run printed = runMain();

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).contains("\"user-agent\"", AsyncSession.USER_AGENT);
    }
}
