package dev.concurrenthttp.step4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import dev.concurrenthttp.support.HttpStatusException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FetchConcurrentlyTest {

    @Test
    void fetchesThePythonTutorialsThreeUrlsInOrder() throws Exception {
        try (LocalHttpbin httpbin = LocalHttpbin.start(); Session session = new Session()) {
            List<URI> urls = List.of("/uuid", "/user-agent", "/headers").stream()
                    .map(path -> URI.create(httpbin.baseUri() + path)).toList();

            List<String> bodies = FetchConcurrently.fetchAll(session, urls);

            assertThat(bodies).hasSize(3);
            assertThat(bodies.get(0)).contains("\"uuid\"");
            assertThat(bodies.get(1)).contains("\"user-agent\"", Session.USER_AGENT);
            assertThat(bodies.get(2)).contains("\"headers\"");
        }
    }

    @Test
    void failsWithTheFirstErrorStatus() {
        try (LocalHttpbin httpbin = LocalHttpbin.start(); Session session = new Session()) {
            List<URI> urls = List.of(URI.create(httpbin.baseUri() + "/uuid"), URI.create(httpbin.baseUri() + "/no-such-page"));

            assertThatThrownBy(() -> FetchConcurrently.fetchAll(session, urls))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(HttpStatusException.class);
        }
    }
}
