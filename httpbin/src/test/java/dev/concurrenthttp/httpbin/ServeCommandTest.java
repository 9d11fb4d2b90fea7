package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ServeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Consumer<LocalHttpbin> serve, String... args) {
        return ServeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), serve);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndTheDefaultPort() {
        assertThat(run(httpbin -> { }, "--help")).isZero();

        assertThat(out()).startsWith("usage: local-httpbin").contains("--port N", "default 8080");
        assertThat(err()).isEmpty();
    }

    @Test
    void printsItsUrlAndServesUntilToldToStop() {
        AtomicInteger status = new AtomicInteger();

        int code = run(httpbin -> {
            try (HttpClient client = Http.client()) {
                status.set(Http.get(client, httpbin.baseUri(), "/uuid").statusCode());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, "--port", "0");

        assertThat(code).isZero();
        assertThat(status).hasValue(200);
        assertThat(out()).matches("local httpbin serving on http://127\\.0\\.0\\.1:\\d+ \\(Ctrl-C to stop\\)\\R");
    }

    @Test
    void acceptsThePortWithAnEqualsSign() {
        assertThat(run(httpbin -> { }, "--port=0")).isZero();
    }

    @Test
    void badArgumentsExitWithTwoAndOneLineNamingThem() {
        assertThat(run(httpbin -> { }, "--prot", "1")).isEqualTo(2);
        assertThat(run(httpbin -> { }, "--port", "eighty")).isEqualTo(2);
        assertThat(run(httpbin -> { }, "--port", "70000")).isEqualTo(2);
        assertThat(run(httpbin -> { }, "--port")).isEqualTo(2);

        assertThat(err().lines()).hasSize(4).allMatch(line -> line.startsWith("local-httpbin: "));
        assertThat(err()).contains("--prot", "eighty", "70000", "--port needs a value");
        assertThat(out()).isEmpty();
    }

    @Test
    void aTakenPortExitsWithOneAndOneLineNamingIt() {
        try (LocalHttpbin taken = LocalHttpbin.start()) {
            String port = Integer.toString(taken.baseUri().getPort());

            assertThat(run(httpbin -> { }, "--port", port)).isEqualTo(1);

            assertThat(err().lines()).singleElement().asString().contains("port " + port);
        }
    }
}
