package dev.concurrenthttp.step2.exercises;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.contract.exercises.Exercises;
import dev.concurrenthttp.step2.FuturesClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GatherWithAllOfTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    private final FuturesClient client = new FuturesClient();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void fetchesTenSlowUrlsInAboutTheTimeOfOne(GatherWithAllOf exercise) {
        List<URI> urls = IntStream.range(0, 10).mapToObj(i -> slowUrl("/slow/" + i, "body " + i, 300)).toList();

        long start = System.nanoTime();
        CompletableFuture<List<String>> bodies = exercise.fetchAll(client, urls);

        assertThat(bodies).succeedsWithin(Duration.ofSeconds(10)).asList().hasSize(10);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("10 requests of 300 ms one after another take 3 s; all in flight at once, about 0.3 s."
                        + " Call fetch for every URL before you wait for any body")
                .isLessThan(Duration.ofMillis(1_500));
    }

    @Test
    void returnsTheBodiesInTheOrderOfTheUrlsNotTheOrderTheyArrivedIn(GatherWithAllOf exercise) {
        List<URI> urls = List.of(slowUrl("/first", "first", 1_200), slowUrl("/second", "second", 800),
                slowUrl("/third", "third", 400));

        long start = System.nanoTime();
        CompletableFuture<List<String>> bodies = exercise.fetchAll(client, urls);

        assertThat(bodies).succeedsWithin(Duration.ofSeconds(10)).asList()
                .as("the third body arrives first, yet gather keeps the order of the URLs")
                .containsExactly("first", "second", "third");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("requests of 1.2, 0.8 and 0.4 s take 2.4 s one after another; at once, 1.2 s")
                .isLessThan(Duration.ofMillis(2_000));
    }

    @Test
    void handsBackTheFutureAtOnceWithoutWaitingForAnyBody(GatherWithAllOf exercise) {
        List<URI> urls = List.of(slowUrl("/a", "a", 2_000), slowUrl("/b", "b", 2_000));

        long start = System.nanoTime();
        CompletableFuture<List<String>> bodies = exercise.fetchAll(client, urls);
        Duration callTook = Duration.ofNanos(System.nanoTime() - start);

        assertThat(callTook).as("fetchAll blocked its caller until the bodies came: return the gathered"
                + " future at once, and let whoever needs the bodies wait for it").isLessThan(Duration.ofSeconds(1));
        assertThat(bodies).as("the gathered future, before the 2 s responses are in").isNotDone();
        assertThat(bodies).succeedsWithin(Duration.ofSeconds(10)).asList().containsExactly("a", "b");
    }

    private static URI slowUrl(String path, String body, int delayMillis) {
        server.stubFor(get(path).willReturn(ok(body).withFixedDelay(delayMillis)));
        return StubServer.url(server, path);
    }
}
