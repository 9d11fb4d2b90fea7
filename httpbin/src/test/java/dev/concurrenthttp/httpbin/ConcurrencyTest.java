package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrencyTest {

    @Test
    void fiveHundredDelayedRequestsAreAllInFlightAtOnce() {
        try (LocalHttpbin httpbin = LocalHttpbin.start(); HttpClient client = Http.client()) {
            URI base = httpbin.baseUri();
            long start = System.nanoTime();

            List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, 500)
                    .mapToObj(i -> client.sendAsync(Http.request(base, "/delay/1").build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).join();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(responses).allMatch(response -> response.join().statusCode() == 200);
        }
    }
}
