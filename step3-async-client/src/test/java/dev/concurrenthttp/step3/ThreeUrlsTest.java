package dev.concurrenthttp.step3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreeUrlsTest {

    @Test
    void fetchesThePythonTutorialsThreeUrlsInOneSessionAndKeepsTheirOrder() {
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            List<String> bodies = ThreeUrls.fetchAll(httpbin.baseUri());

            assertThat(bodies).hasSize(3);
            assertThat(bodies.get(0)).contains("\"uuid\"");
            assertThat(bodies.get(1)).contains("\"user-agent\"", AsyncSession.USER_AGENT);
            assertThat(bodies.get(2)).contains("\"headers\"");
        }
    }
}
