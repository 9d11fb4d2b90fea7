package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LifecycleTest {

    @Test
    void startsOnAFreeLoopbackPortInWellUnderASecond() {
        long start = System.nanoTime();
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
            URI base = httpbin.baseUri();
            assertThat(base.toString()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(base.getPort()).isPositive();
        }
    }

    @Test
    void twoServersGetTwoPorts() {
        try (LocalHttpbin one = LocalHttpbin.start(); LocalHttpbin two = LocalHttpbin.start()) {
            assertThat(one.baseUri()).isNotEqualTo(two.baseUri());
        }
    }

    @Test
    void aTakenPortFailsWithOneLineNamingIt() {
        try (LocalHttpbin taken = LocalHttpbin.start()) {
            int port = taken.baseUri().getPort();

            assertThatThrownBy(() -> LocalHttpbin.start(port))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("port " + port)
                    .message().doesNotContain("\n");
        }
    }

    @Test
    void closeIsIdempotentAndLeavesNoNonDaemonThread() {
        Set<Thread> before = nonDaemonThreads();
        LocalHttpbin httpbin = LocalHttpbin.start();

        httpbin.close();
        httpbin.close();

        assertThat(nonDaemonThreads()).isSubsetOf(before);
    }

    @Test
    void closeEndsRequestsInProgressAtOnce() throws Exception {
        LocalHttpbin httpbin = LocalHttpbin.start();
        try (HttpClient client = Http.client()) {
            CompletableFuture<HttpResponse<String>> slow = client.sendAsync(
                    Http.request(httpbin.baseUri(), "/delay/10").build(), HttpResponse.BodyHandlers.ofString());
            while (httpbin.inFlight() == 0) {
                Thread.sleep(10);
            }
            long start = System.nanoTime();

            httpbin.close();

            assertThat(slow).failsWithin(Duration.ofSeconds(2));
            assertThat(httpbin.inFlight()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void configuresTheJdkServerBeforeItsFirstUse() {
        LocalHttpbin.start().close();

        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        assertThat(System.getProperty("sun.net.httpserver.maxIdleConnections")).isEqualTo("10000");
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.isDaemon() && t.isAlive())
                .collect(Collectors.toSet());
    }
}
