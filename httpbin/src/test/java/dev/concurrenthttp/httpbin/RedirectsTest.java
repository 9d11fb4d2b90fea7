package dev.concurrenthttp.httpbin;

import static dev.concurrenthttp.httpbin.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The redirect endpoints work without the real httpbin too; the comparison test checks them against it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RedirectsTest {

    @RegisterExtension
    static final RunningHttpbin server = new RunningHttpbin();

    @Test
    void redirectNLeadsToGetInNHops() throws Exception {
        // The tests' client follows no redirect itself, so each hop is counted here.
        URI next = server.base().resolve("/redirect/3");
        int hops = 0;
        HttpResponse<String> response = get(server.client(), server.base(), "/redirect/3");
        while (response.statusCode() == 302) {
            hops++;
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            response = server.client().send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(hops).isEqualTo(3);
        assertThat(next.getPath()).isEqualTo("/get");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anAbsoluteRedirectNamesTheServerAsTheClientDid() throws Exception {
        HttpResponse<String> response = get(server.client(), server.base(), "/absolute-redirect/2");

        assertThat(response.headers().firstValue("Location")).contains(server.base() + "/absolute-redirect/1");
    }

    @Test
    void redirectToUsesA3xxCodeAndOnlyA3xxCode() throws Exception {
        assertThat(get(server.client(), server.base(), "/redirect-to?url=/uuid&status_code=308").statusCode()).isEqualTo(308);
        assertThat(get(server.client(), server.base(), "/redirect-to?url=/uuid&status_code=404").statusCode()).isEqualTo(302);
    }

    @Test
    void redirectToEscapesWhatAHeaderCannotCarry() throws Exception {
        HttpResponse<String> response = get(server.client(), server.base(), "/redirect-to?url=/caf%C3%A9%20au%20lait");

        assertThat(response.headers().firstValue("Location")).contains("/caf%C3%A9%20au%20lait");
    }

    @Test
    void whatHttpbinFailsOnIs400WithAReason() throws Exception {
        for (String target : new String[] {"/redirect/0", "/relative-redirect/0", "/absolute-redirect/0",
                "/redirect-to", "/redirect-to?url=/get&status_code=abc"}) {
            HttpResponse<String> response = get(server.client(), server.base(), target);

            assertThat(response.statusCode()).as(target).isEqualTo(400);
            assertThat(response.body()).as(target).isNotBlank();
        }
    }
}
