package dev.concurrenthttp.step1.exercises;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.contract.StubServer;
import dev.concurrenthttp.contract.exercises.Exercises;
import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SayWhoYouAreTest {

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    @Test
    void sendsItsNameAsTheUserAgent(SayWhoYouAre exercise) throws Exception {
        server.stubFor(get("/user-agent").willReturn(ok("{}")));

        exercise.fetch(URI.create(server.baseUrl() + "/user-agent"));

        var requests = server.findAll(getRequestedFor(urlEqualTo("/user-agent")));
        assertThat(requests).hasSize(1);
        assertThat(requests.getFirst().getHeader("User-Agent"))
                .as("The server saw the JDK's default User-Agent: set yours with HttpRequest.Builder.header(...)")
                .isEqualTo(SayWhoYouAre.USER_AGENT);
        assertThat(requests.getFirst().getHeaders().getHeader("User-Agent").values())
                .as("User-Agent values the server saw: one name, yours; each call of header(...) adds a value,"
                        + " and setHeader(...) replaces them")
                .containsExactly(SayWhoYouAre.USER_AGENT);
    }

    @Test
    void httpbinEchoesTheNameBack(SayWhoYouAre exercise) throws Exception {
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            String body = exercise.fetch(URI.create(httpbin.baseUri() + "/user-agent"));

            assertThat(body).as("httpbin's /user-agent echoes the header it received")
                    .contains(SayWhoYouAre.USER_AGENT);
        }
    }
}
