package dev.concurrenthttp.step4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concurrenthttp.concurrency.VirtualThreads;
import dev.concurrenthttp.httpbin.LocalHttpbin;
import dev.concurrenthttp.support.HttpStatusException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The session's blocking gets, gathered on virtual threads: the requests-async program's shape. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GatherGetsTest {

    @Test
    void fetchesThePythonTutorialsThreeUrlsInOrder() throws Exception {
        try (LocalHttpbin httpbin = LocalHttpbin.start(); Session session = new Session()) {
            List<URI> urls = List.of("/uuid", "/user-agent", "/headers").stream()
                    .map(path -> URI.create(httpbin.baseUri() + path)).toList();

            List<String> bodies = VirtualThreads.gather(gets(session, urls));

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

            assertThatThrownBy(() -> VirtualThreads.gather(gets(session, urls)))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(HttpStatusException.class);
        }
    }

    private static List<Callable<String>> gets(Session session, List<URI> urls) {
        return urls.stream().<Callable<String>>map(url -> () -> session.get(url).raiseForStatus().text()).toList();
    }
}
