package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlowEndpointsTest {

    @RegisterExtension
    static final RunningHttpbin server = new RunningHttpbin();

    @Test
    void dripSpreadsItsBytesOverTheWholeDuration() throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = server.client().send(Http.request(server.base(), "/drip?duration=2&numbytes=4").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Duration headers = since(start);
        List<Duration> arrivals = new ArrayList<>();
        try (InputStream body = response.body()) {
            while (body.read() == '*') {
                arrivals.add(since(start));
            }
        }
        Duration total = since(start);

        assertThat(headers).isLessThan(Duration.ofMillis(400));
        assertThat(arrivals).hasSize(4);
        assertThat(arrivals.getFirst()).isBetween(Duration.ofMillis(400), Duration.ofMillis(900));
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(arrivals.get(i).minus(arrivals.get(i - 1))).isGreaterThan(Duration.ofMillis(300));
        }
        assertThat(total).isBetween(Duration.ofMillis(1950), Duration.ofMillis(3000));
    }

    @Test
    void dripHoldsItsHeadersBackForTheDelay() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = Http.get(server.client(), server.base(), "/drip?delay=0.5&duration=0&numbytes=1");

        assertThat(since(start)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(response.body()).isEqualTo("*");
    }

    @Test
    void dripStopsPromptlyWhenTheClientGoesAway() throws Exception {
        try (Socket socket = new Socket(server.base().getHost(), server.base().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /drip?duration=20&numbytes=200 HTTP/1.1\r\nHost: " + server.base().getAuthority() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            int stars = 0;
            while (stars < 2) {
                int b = in.read();
                assertThat(b).isNotEqualTo(-1);
                stars += b == '*' ? 1 : 0;
            }
            assertThat(server.httpbin().inFlight()).isEqualTo(1);
        }
        long gone = System.nanoTime();
        while (server.httpbin().inFlight() > 0 && since(gone).compareTo(Duration.ofSeconds(5)) < 0) {
            Thread.sleep(10);
        }

        assertThat(server.httpbin().inFlight()).isZero();
        assertThat(since(gone)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void delayOfHalfASecondTakesHalfASecond() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = Http.get(server.client(), server.base(), "/delay/0.5");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(since(start)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
    }

    @Test
    void delayIsCappedAtTenSeconds() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = Http.get(server.client(), server.base(), "/delay/100");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(since(start)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(12));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
