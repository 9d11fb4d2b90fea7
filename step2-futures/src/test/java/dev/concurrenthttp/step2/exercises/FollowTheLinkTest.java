package dev.concurrenthttp.step2.exercises;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.contract.exercises.Exercises;
import dev.concurrenthttp.step2.FuturesClient;
import dev.concurrenthttp.support.HttpStatusException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FollowTheLinkTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    private final FuturesClient client = new FuturesClient();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void completesWithTheBodyOfTheUrlTheFirstBodyNames(FollowTheLink exercise) {
        server.stubFor(get("/orders").willReturn(ok("/orders/page/2")));
        server.stubFor(get("/orders/page/2").willReturn(ok("the second page")));

        CompletableFuture<String> body = exercise.fetchLinked(client, StubServer.url(server, "/orders"));

        assertThat(body).succeedsWithin(Duration.ofSeconds(5))
                .as("\"/orders/page/2\" is the first body, the link: fetch the URL it names once it has"
                        + " arrived (thenCompose), and complete with that second body")
                .isEqualTo("the second page");
        server.verify(1, getRequestedFor(urlEqualTo("/orders/page/2")));
    }

    @Test
    void failsWhenTheLinkedRequestFails(FollowTheLink exercise) {
        server.stubFor(get("/orders").willReturn(ok("/orders/gone")));
        server.stubFor(get("/orders/gone").willReturn(aResponse().withStatus(404)));

        CompletableFuture<String> body = exercise.fetchLinked(client, StubServer.url(server, "/orders"));

        assertThat(body).as("the linked URL answers 404: the composed future fails with it, as the second"
                        + " await would raise in Python")
                .failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
