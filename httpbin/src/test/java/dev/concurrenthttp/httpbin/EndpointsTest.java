package dev.concurrenthttp.httpbin;

import static dev.concurrenthttp.httpbin.Http.contentType;
import static dev.concurrenthttp.httpbin.Http.get;
import static dev.concurrenthttp.httpbin.Http.json;
import static dev.concurrenthttp.httpbin.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EndpointsTest {

    @RegisterExtension
    static final RunningHttpbin server = new RunningHttpbin();

    @Test
    void uuidAnswersAFreshVersion4Uuid() throws Exception {
        HttpResponse<String> first = get(server.client(), server.base(), "/uuid");
        HttpResponse<String> second = get(server.client(), server.base(), "/uuid");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(contentType(first)).isEqualTo("application/json");
        assertThat(fieldNames(json(first))).containsExactly("uuid");
        UUID uuid = UUID.fromString(json(first).get("uuid").asText());
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(json(second).get("uuid").asText()).isNotEqualTo(uuid.toString());
    }

    @Test
    void jsonIsPrettyPrintedWithSortedKeysAndATrailingNewline() throws Exception {
        String body = get(server.client(), server.base(), "/uuid").body();

        assertThat(body).matches("\\{\n  \"uuid\": \"[0-9a-f-]{36}\"\n}\n");
    }

    @Test
    void userAgentAnswersTheClientsUserAgent() throws Exception {
        HttpResponse<String> response = server.client().send(Http.request(server.base(), "/user-agent")
                .header("User-Agent", "tutorial/1.0").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("application/json");
        assertThat(json(response).get("user-agent").asText()).isEqualTo("tutorial/1.0");
        assertThat(fieldNames(json(response))).containsExactly("user-agent");
    }

    @Test
    void headersAnswersTheRequestHeadersSpelledAsHttpbinSpellsThem() throws Exception {
        HttpResponse<String> response = server.client().send(Http.request(server.base(), "/headers")
                .header("x-tutorial-step", "1").header("accept-encoding", "identity").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("application/json");
        JsonNode headers = json(response).get("headers");
        assertThat(fieldNames(json(response))).containsExactly("headers");
        assertThat(fieldNames(headers)).contains("Host", "User-Agent", "X-Tutorial-Step", "Accept-Encoding");
        assertThat(headers.get("X-Tutorial-Step").asText()).isEqualTo("1");
        assertThat(headers.get("Host").asText()).isEqualTo(server.base().getAuthority());
    }

    @Test
    void getAnswersArgsHeadersOriginAndUrl() throws Exception {
        HttpResponse<String> response = get(server.client(), server.base(), "/get?a=1&b=2&b=3");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("application/json");
        JsonNode body = json(response);
        assertThat(fieldNames(body)).containsExactly("args", "headers", "origin", "url");
        assertThat(body.get("args").get("a").asText()).isEqualTo("1");
        assertThat(body.get("args").get("b").isArray()).isTrue();
        assertThat(body.get("args").get("b")).extracting(JsonNode::asText).containsExactly("2", "3");
        assertThat(body.get("origin").asText()).isEqualTo("127.0.0.1");
        assertThat(body.get("url").asText()).isEqualTo(server.base() + "/get?a=1&b=2&b=3");
    }

    @Test
    void delayAnswersLikeGetPlusTheBodyFields() throws Exception {
        HttpResponse<String> response = get(server.client(), server.base(), "/delay/0?x=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("application/json");
        JsonNode body = json(response);
        assertThat(fieldNames(body)).containsExactly("args", "data", "files", "form", "headers", "origin", "url");
        assertThat(body.get("args").get("x").asText()).isEqualTo("1");
        assertThat(body.get("data").asText()).isEmpty();
        assertThat(body.get("form").isObject()).isTrue();
        assertThat(body.get("files").isObject()).isTrue();
    }

    @Test
    void delayPutsAFormInFormAndAnyOtherBodyInData() throws Exception {
        JsonNode form = json(server.client().send(Http.request(server.base(), "/delay/0")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method("GET", HttpRequest.BodyPublishers.ofString("a=b+c&a=d")).build(),
                HttpResponse.BodyHandlers.ofString()));
        JsonNode binary = json(server.client().send(Http.request(server.base(), "/delay/0")
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xff, 0})).build(),
                HttpResponse.BodyHandlers.ofString()));

        assertThat(form.get("form").get("a")).extracting(JsonNode::asText).containsExactly("b c", "d");
        assertThat(form.get("data").asText()).isEmpty();
        assertThat(binary.get("data").asText()).isEqualTo("data:application/octet-stream;base64,/wA=");
    }

    @Test
    void ipAnswersTheClientsAddress() throws Exception {
        HttpResponse<String> response = get(server.client(), server.base(), "/ip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("origin").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void statusAnswersWithTheCodeAndAnEmptyBody() throws Exception {
        for (int code : new int[] {200, 201, 404, 500, 503}) {
            HttpResponse<String> response = get(server.client(), server.base(), "/status/" + code);

            assertThat(response.statusCode()).as("/status/%d", code).isEqualTo(code);
            assertThat(response.body()).isEmpty();
            assertThat(contentType(response)).isEqualTo("text/html; charset=utf-8");
        }
    }

    @Test
    void statusAcceptsOtherMethodsThanGet() throws Exception {
        assertThat(send(server.client(), "POST", server.base(), "/status/201").statusCode()).isEqualTo(201);
        assertThat(send(server.client(), "DELETE", server.base(), "/status/202").statusCode()).isEqualTo(202);
    }

    @Test
    void statusPicksOneOfSeveralCodes() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(get(server.client(), server.base(), "/status/201,202").statusCode()).isIn(201, 202);
        }
    }

    @Test
    void statusRedirectsToRedirectOneAndTheTeapotShowsItsArt() throws Exception {
        HttpResponse<String> redirect = get(server.client(), server.base(), "/status/302");
        HttpResponse<String> teapot = get(server.client(), server.base(), "/status/418");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/redirect/1");
        assertThat(teapot.statusCode()).isEqualTo(418);
        assertThat(teapot.body()).contains("-=[ teapot ]=-");
    }

    @Test
    void noContentAnswersNoBody() throws Exception {
        HttpResponse<String> response = get(server.client(), server.base(), "/status/204");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void bytesAnswersNRandomBytes() throws Exception {
        HttpResponse<byte[]> first = server.client().send(Http.request(server.base(), "/bytes/64").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> second = server.client().send(Http.request(server.base(), "/bytes/64").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(contentType(first)).isEqualTo("application/octet-stream");
        assertThat(first.body()).hasSize(64);
        assertThat(first.body()).isNotEqualTo(second.body());
    }

    @Test
    void bytesAreCappedAtHttpbinsHundredKibibytes() throws Exception {
        HttpResponse<byte[]> response = server.client().send(Http.request(server.base(), "/bytes/1000000").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.body()).hasSize(100 * 1024);
    }

    @Test
    void bytesWithASeedAreRepeatable() throws Exception {
        HttpRequest request = Http.request(server.base(), "/bytes/32?seed=7").build();

        assertThat(server.client().send(request, HttpResponse.BodyHandlers.ofByteArray()).body())
                .isEqualTo(server.client().send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
    }

    @Test
    void dripAnswersNumbytesAsterisksWithTheCodeAsked() throws Exception {
        HttpResponse<String> response = get(server.client(), server.base(), "/drip?duration=0&numbytes=5&code=201");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(contentType(response)).isEqualTo("application/octet-stream");
        assertThat(response.headers().firstValue("Content-Length")).hasValue("5");
        assertThat(response.body()).isEqualTo("*****");
    }

    @Test
    void headAnswersTheHeadersOfAGetWithoutItsBody() throws Exception {
        HttpResponse<String> get = get(server.client(), server.base(), "/get");
        HttpResponse<String> head = server.client().send(Http.request(server.base(), "/get").HEAD().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(contentType(head)).isEqualTo("application/json");
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length()));
    }

    @Test
    void optionsAnswersTheAllowedMethods() throws Exception {
        HttpResponse<String> response = send(server.client(), "OPTIONS", server.base(), "/get");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void rootAnswersAPageListingTheEndpoints() throws Exception {
        HttpResponse<String> response = get(server.client(), server.base(), "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("text/html; charset=utf-8");
        assertThat(response.body()).contains("/delay/", "/drip", "/status/", "/bytes/");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
