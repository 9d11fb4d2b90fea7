package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RedirectChainTest {

    private static final URI START = URI.create("http://127.0.0.1:8080/start");
    private static final Map<String, String> HEADERS = Map.of("Authorization", "Bearer s", "Accept", "text/plain");

    @Test
    void aResponseThatIsNotARedirectIsTheAnswer() {
        RedirectChain chain = new RedirectChain(START, HEADERS);

        assertThat(chain.follow(200, Optional.empty())).isFalse();
        assertThat(chain.url()).isEqualTo(START);
        assertThat(chain.headers()).isEqualTo(HEADERS);
    }

    @Test
    void credentialsDroppedOnLeavingTheOriginStayDroppedOnComingBack() {
        RedirectChain chain = new RedirectChain(START, HEADERS);

        assertThat(chain.follow(302, Optional.of("http://localhost:8080/away"))).isTrue();
        assertThat(chain.headers()).containsOnlyKeys("Accept");
        assertThat(chain.follow(302, Optional.of("http://127.0.0.1:8080/back"))).isTrue();

        assertThat(chain.url()).isEqualTo(URI.create("http://127.0.0.1:8080/back"));
        assertThat(chain.headers()).as("a server elsewhere chose to send us back").containsOnlyKeys("Accept");
    }

    @Test
    void countsEveryRedirectOfTheRequest() {
        RedirectChain chain = new RedirectChain(START, HEADERS);
        for (int i = 0; i < RedirectPolicy.MAX_REDIRECTS; i++) {
            assertThat(chain.follow(301, Optional.of("/loop"))).isTrue();
        }

        assertThatThrownBy(() -> chain.follow(301, Optional.of("/loop")))
                .isInstanceOfSatisfying(RedirectException.class, e -> assertThat(e.url()).isEqualTo(START));
    }

    @Test
    void followsAsynchronouslyUntilTheAnswer() {
        RedirectChain chain = new RedirectChain(START, HEADERS);
        List<URI> sent = new ArrayList<>();

        CompletableFuture<Integer> answer = RedirectChain.followAsync(() -> {
            sent.add(chain.url());
            return CompletableFuture.completedFuture(sent.size() < 3 ? 302 : 200);
        }, status -> chain.follow(status, Optional.of("/hop" + sent.size())));

        assertThat(answer).succeedsWithin(Duration.ofSeconds(1)).isEqualTo(200);
        assertThat(sent).containsExactly(START, START.resolve("/hop1"), START.resolve("/hop2"));
    }

    @Test
    void aRefusedRedirectFailsTheAsynchronousAnswer() {
        RedirectChain chain = new RedirectChain(URI.create("https://a.example/"), HEADERS);

        CompletableFuture<Integer> answer = RedirectChain.followAsync(() -> CompletableFuture.completedFuture(302),
                status -> chain.follow(status, Optional.of("http://a.example/")));

        assertThat(answer).failsWithin(Duration.ofSeconds(1)).withThrowableOfType(Exception.class)
                .havingRootCause().isInstanceOf(RedirectException.class);
    }

    @Test
    void endingTheAnswerEarlyCancelsTheHopInFlight() {
        CompletableFuture<Integer> hop = new CompletableFuture<>();

        CompletableFuture<Integer> answer = RedirectChain.followAsync(() -> hop, status -> false)
                .orTimeout(50, TimeUnit.MILLISECONDS);

        assertThat(answer).failsWithin(Duration.ofSeconds(1)).withThrowableOfType(Exception.class)
                .havingRootCause().isInstanceOf(TimeoutException.class);
        assertThat(hop).isCancelled();
    }
}
