package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Asks the real httpbin (Debian's, under gunicorn) and the local one the same questions and
 * compares the answers: status, content type, and the JSON keys and value types (values differ:
 * uuids, ports); other bodies byte for byte, or by length when random.
 *
 * <p>Deliberate differences, not compared: httpbin answers 500 for {@code /delay/abc} and
 * {@code /drip?duration=abc} (a Python exception), the local one 400; Debian's Flask writes
 * compact JSON where httpbin.org, like the local one, indents it; the JDK server spells response
 * header names its own way ({@code Content-type}); {@code /drip} sends its first byte after one
 * pause rather than at once, so it takes the whole duration. The redirect endpoints answer 400,
 * not 500, for {@code n} below 1 and for {@code /redirect-to} without a {@code url}; and
 * {@code /redirect-to} escapes a non-ASCII {@code url} once, as UTF-8, where Debian's Werkzeug
 * encodes it twice.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RealHttpbinComparisonTest {

    private static final Path GUNICORN = Path.of("/usr/bin/gunicorn");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static Process gunicorn;
    private static Path gunicornLog;
    private static URI theirs;
    private static LocalHttpbin local;
    private static URI ours;
    private static HttpClient client;

    /** Why the real httpbin cannot run here, or null. */
    private static String missing;

    @BeforeAll
    static void startBoth() throws Exception {
        missing = !Files.isExecutable(GUNICORN)
                ? "the real httpbin runs under /usr/bin/gunicorn, which is not installed (apt-get install gunicorn)"
                : !pythonHasHttpbin()
                ? "the httpbin module is not installed for /usr/bin/python3 (apt-get install python3-httpbin)"
                : null;
        if (missing != null) {
            return;
        }
        int port = freePort();
        gunicornLog = Files.createTempFile("gunicorn-httpbin", ".log");
        gunicorn = new ProcessBuilder(GUNICORN.toString(), "--bind", "127.0.0.1:" + port, "--workers", "2",
                "httpbin:app")
                .redirectErrorStream(true)
                .redirectOutput(gunicornLog.toFile())
                .start();
        theirs = URI.create("http://127.0.0.1:" + port);
        client = Http.client();
        awaitAnswer(theirs);
        local = LocalHttpbin.start();
        ours = local.baseUri();
    }

    /** Skips each comparison rather than the class, so that the report shows the reason. */
    @BeforeEach
    void requireTheRealHttpbin() {
        assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (client != null) {
            client.close();
        }
        if (local != null) {
            local.close();
        }
        if (gunicorn != null) {
            List<ProcessHandle> workers = gunicorn.descendants().toList();
            gunicorn.destroy();
            if (!gunicorn.waitFor(10, TimeUnit.SECONDS)) {
                gunicorn.destroyForcibly();
            }
            workers.forEach(ProcessHandle::destroyForcibly);
            Files.deleteIfExists(gunicornLog);
        }
    }

    static Stream<String> requests() {
        return Stream.of(
                "GET /uuid", "GET /user-agent", "GET /headers", "GET /get", "GET /get?a=1&b=2&b=3&c",
                "GET /ip", "GET /delay/0.2?x=1&x=2",
                "GET /status/200", "GET /status/201", "GET /status/204", "GET /status/302", "GET /status/401",
                "GET /status/404", "GET /status/406", "GET /status/418", "GET /status/500", "GET /status/abc",
                "GET /status/200:1,201:0", "POST /status/201", "DELETE /status/202",
                "GET /bytes/16", "GET /bytes/200000",
                "GET /drip?duration=0.2&numbytes=3&code=201", "GET /drip?numbytes=0",
                "GET /nope", "GET /get/", "GET /bytes/abc", "POST /get", "PUT /uuid",
                "OPTIONS /get", "OPTIONS /status/200", "HEAD /get", "HEAD /uuid",
                "GET /redirect/1", "GET /redirect/3", "GET /redirect/2?absolute=true", "GET /redirect/1?absolute=TRUE",
                "GET /relative-redirect/1", "GET /relative-redirect/4", "GET /absolute-redirect/1",
                "GET /absolute-redirect/3", "GET /redirect/abc", "GET /relative-redirect/-1", "HEAD /redirect/2",
                "POST /redirect/1", "GET /redirect-to?url=/get", "GET /redirect-to?URL=/uuid&Status_Code=301",
                "GET /redirect-to?url=http://example.com/x&status_code=307",
                "GET /redirect-to?url=/get&status_code=200", "GET /redirect-to?url=/a%20b",
                "POST /redirect-to?url=/get&status_code=303", "DELETE /redirect-to?url=/get",
                "OPTIONS /redirect-to", "OPTIONS /redirect/1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void answersLikeTheRealHttpbin(String request) throws Exception {
        String method = request.substring(0, request.indexOf(' '));
        String target = request.substring(request.indexOf(' ') + 1);
        HttpResponse<byte[]> real = send(theirs, method, target);
        HttpResponse<byte[]> local = send(ours, method, target);

        assertThat(local.statusCode()).as("status").isEqualTo(real.statusCode());
        assertThat(Http.contentType(local)).as("Content-Type").isEqualTo(Http.contentType(real));
        assertThat(allowed(local)).as("Allow").isEqualTo(allowed(real));
        // An absolute redirect names the server it came from: each its own.
        assertThat(local.headers().firstValue("Location")).as("Location")
                .isEqualTo(real.headers().firstValue("Location").map(this::asIfOurs));
        if ("application/json".equals(Http.contentType(real)) && !method.equals("HEAD")) {
            assertSameShape(json(local), json(real), "$");
        } else if (target.startsWith("/bytes/")) {
            assertThat(local.body()).as("body length").hasSameSizeAs(real.body());
        } else {
            assertThat(new String(local.body())).as("body").isEqualTo(asIfOurs(new String(real.body())));
        }
    }

    private String asIfOurs(String text) {
        return text.replace(theirs.toString(), ours.toString());
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("application/x-www-form-urlencoded", "a=b+c&a=d&e=%C3%A9".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("text/plain", "caf\u00e9 \"quoted\"\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("application/octet-stream", new byte[] {0, (byte) 0xff, (byte) 0xfe, 1}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void echoesARequestBodyLikeTheRealHttpbin(String contentType, byte[] body) throws Exception {
        JsonNode real = json(sendBody(theirs, contentType, body));
        JsonNode local = json(sendBody(ours, contentType, body));

        assertSameShape(local, real, "$");
        for (String field : List.of("data", "form", "files")) {
            assertThat(local.get(field)).as(field).isEqualTo(real.get(field));
        }
    }

    private static HttpResponse<byte[]> sendBody(URI base, String contentType, byte[] body) throws Exception {
        HttpRequest request = Http.request(base, "/delay/0").header("Content-Type", contentType)
                .method("GET", HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> send(URI base, String method, String target) throws Exception {
        HttpRequest.Builder request = Http.request(base, target).header("X-Tutorial-Step", "compare");
        request = switch (method) {
            case "GET" -> request.GET();
            case "HEAD" -> request.HEAD();
            default -> request.method(method, HttpRequest.BodyPublishers.noBody());
        };
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Same keys at every level, and the same kind of value under each. */
    private static void assertSameShape(JsonNode local, JsonNode real, String where) {
        assertThat(local.getNodeType()).as(where).isEqualTo(real.getNodeType());
        if (real.isObject()) {
            assertThat(fieldNames(local)).as(where + " keys").isEqualTo(fieldNames(real));
            real.properties().forEach(field ->
                    assertSameShape(local.get(field.getKey()), field.getValue(), where + "." + field.getKey()));
        } else if (real.isArray()) {
            assertThat(local.size()).as(where + " length").isEqualTo(real.size());
            for (int i = 0; i < real.size(); i++) {
                assertSameShape(local.get(i), real.get(i), where + "[" + i + "]");
            }
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> allowed(HttpResponse<?> response) {
        return response.headers().firstValue("Allow")
                .map(allow -> Arrays.stream(allow.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new)))
                .orElse(new TreeSet<>());
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return Http.json(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static boolean pythonHasHttpbin() throws InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process python = new ProcessBuilder(PYTHON.toString(), "-c", "import httpbin")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!python.waitFor(30, TimeUnit.SECONDS)) {
                python.destroyForcibly();
                return false;
            }
            return python.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitAnswer(URI base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> failures = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            if (!gunicorn.isAlive()) {
                throw new IllegalStateException("gunicorn exited with " + gunicorn.exitValue() + ":\n"
                        + Files.readString(gunicornLog));
            }
            try {
                HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/uuid"))
                        .timeout(Duration.ofSeconds(2)).build();
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                failures.add(e.toString());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("gunicorn did not answer on " + base + " within 30 s; last failure: "
                + (failures.isEmpty() ? "none" : failures.getLast()) + "\n" + Files.readString(gunicornLog));
    }
}
