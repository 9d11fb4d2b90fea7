package dev.concurrenthttp.httpbin;

import static dev.concurrenthttp.httpbin.Http.contentType;
import static dev.concurrenthttp.httpbin.Http.get;
import static dev.concurrenthttp.httpbin.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BadRequestsTest {

    private static LocalHttpbin httpbin;
    private static URI base;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        httpbin = LocalHttpbin.start();
        base = httpbin.baseUri();
        client = Http.client();
    }

    @AfterAll
    static void stop() {
        client.close();
        httpbin.close();
    }

    @Test
    void unknownPathIs404WithHttpbinsPage() throws Exception {
        for (String path : new String[] {"/nope", "/get/", "/delay/", "/delay/1/2", "/status/", "/uuid/x"}) {
            HttpResponse<String> response = get(client, base, path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(contentType(response)).isEqualTo("text/html; charset=utf-8");
            assertThat(response.body()).contains("<title>404 Not Found</title>");
        }
    }

    @Test
    void delayThatIsNotANonNegativeNumberIs400() throws Exception {
        for (String n : new String[] {"abc", "-1", "nan", "1d"}) {
            HttpResponse<String> response = get(client, base, "/delay/" + n);

            assertThat(response.statusCode()).as(n).isEqualTo(400);
            assertThat(contentType(response)).isEqualTo("text/plain; charset=utf-8");
            assertThat(response.body()).contains(n).doesNotContain("Exception");
        }
    }

    @Test
    void statusThatIsNotACodeIs400() throws Exception {
        for (String codes : new String[] {"abc", "100", "1000", "200,abc"}) {
            HttpResponse<String> response = get(client, base, "/status/" + codes);

            assertThat(response.statusCode()).as(codes).isEqualTo(400);
            assertThat(response.body()).isEqualTo("Invalid status code");
        }
    }

    @Test
    void bytesThatIsNotACountIsNotFoundAsInHttpbin() throws Exception {
        assertThat(get(client, base, "/bytes/abc").statusCode()).isEqualTo(404);
        assertThat(get(client, base, "/bytes/-1").statusCode()).isEqualTo(404);
    }

    @Test
    void dripWithBadParametersIs400() throws Exception {
        HttpResponse<String> none = get(client, base, "/drip?numbytes=0");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).isEqualTo("number of bytes must be positive");

        for (String query : new String[] {"numbytes=abc", "duration=abc", "duration=-1", "delay=x", "code=abc", "code=99"}) {
            assertThat(get(client, base, "/drip?" + query).statusCode()).as(query).isEqualTo(400);
        }
    }

    @Test
    void wrongMethodIs405NamingTheAllowedOnes() throws Exception {
        HttpResponse<String> response = send(client, "POST", base, "/get");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(response.body()).contains("<title>405 Method Not Allowed</title>");
        assertThat(send(client, "BREW", base, "/uuid").statusCode()).isEqualTo(405);
    }

    @Test
    void serverStillAnswersAfterBadRequests() throws Exception {
        get(client, base, "/delay/abc");
        send(client, "BREW", base, "/uuid");

        assertThat(get(client, base, "/uuid").statusCode()).isEqualTo(200);
    }
}
