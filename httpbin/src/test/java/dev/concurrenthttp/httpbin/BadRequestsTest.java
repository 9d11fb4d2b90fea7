package dev.concurrenthttp.httpbin;

import static dev.concurrenthttp.httpbin.Http.contentType;
import static dev.concurrenthttp.httpbin.Http.get;
import static dev.concurrenthttp.httpbin.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BadRequestsTest {

    @RegisterExtension
    static final RunningHttpbin server = new RunningHttpbin();

    @Test
    void unknownPathIs404WithHttpbinsPage() throws Exception {
        for (String path : new String[] {"/nope", "/get/", "/delay/", "/delay/1/2", "/status/", "/uuid/x"}) {
            HttpResponse<String> response = get(server.client(), server.base(), path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(contentType(response)).isEqualTo("text/html; charset=utf-8");
            assertThat(response.body()).contains("<title>404 Not Found</title>");
        }
    }

    @Test
    void delayThatIsNotANonNegativeNumberIs400() throws Exception {
        for (String n : new String[] {"abc", "-1", "nan", "1d"}) {
            HttpResponse<String> response = get(server.client(), server.base(), "/delay/" + n);

            assertThat(response.statusCode()).as(n).isEqualTo(400);
            assertThat(contentType(response)).isEqualTo("text/plain; charset=utf-8");
            assertThat(response.body()).contains(n).doesNotContain("Exception");
        }
    }

    @Test
    void statusThatIsNotACodeIs400() throws Exception {
        for (String codes : new String[] {"abc", "100", "1000", "200,abc"}) {
            HttpResponse<String> response = get(server.client(), server.base(), "/status/" + codes);

            assertThat(response.statusCode()).as(codes).isEqualTo(400);
            assertThat(response.body()).isEqualTo("Invalid status code");
        }
    }

    @Test
    void bytesThatIsNotACountIsNotFoundAsInHttpbin() throws Exception {
        assertThat(get(server.client(), server.base(), "/bytes/abc").statusCode()).isEqualTo(404);
        assertThat(get(server.client(), server.base(), "/bytes/-1").statusCode()).isEqualTo(404);
    }

    @Test
    void dripWithBadParametersIs400() throws Exception {
        HttpResponse<String> none = get(server.client(), server.base(), "/drip?numbytes=0");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).isEqualTo("number of bytes must be positive");

        for (String query : new String[] {"numbytes=abc", "duration=abc", "duration=-1", "delay=x", "code=abc", "code=99"}) {
            assertThat(get(server.client(), server.base(), "/drip?" + query).statusCode()).as(query).isEqualTo(400);
        }
    }

    @Test
    void wrongMethodIs405NamingTheAllowedOnes() throws Exception {
        HttpResponse<String> response = send(server.client(), "POST", server.base(), "/get");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(response.body()).contains("<title>405 Method Not Allowed</title>");
        assertThat(send(server.client(), "BREW", server.base(), "/uuid").statusCode()).isEqualTo(405);
    }

    @Test
    void serverStillAnswersAfterBadRequests() throws Exception {
        get(server.client(), server.base(), "/delay/abc");
        send(server.client(), "BREW", server.base(), "/uuid");

        assertThat(get(server.client(), server.base(), "/uuid").statusCode()).isEqualTo(200);
    }
}
