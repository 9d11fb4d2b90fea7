package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrkOutputTest {

    private static final String CLEAN = """
            Running 5s test @ http://127.0.0.1:41234/uuid
              1 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   612.55us  101.20us   3.10ms   90.12%
                Req/Sec   104.21k     3.12k  108.90k    70.00%
              518522 requests in 5.00s, 98.41MB read
            Requests/sec: 103697.42
            Transfer/sec:     19.68MB
            """;

    @Test
    void readsTheRequestsPerSecondLine() {
        assertThat(WrkOutput.requestsPerSecond(CLEAN)).isEqualTo(103697.42);
    }

    @Test
    void refusesARateMadeOfErrorAnswers() {
        String errors = CLEAN.replace("Requests/sec", "  Non-2xx or 3xx responses: 518522\nRequests/sec");

        assertThatThrownBy(() -> WrkOutput.requestsPerSecond(errors)).hasMessageContaining("518522 answers outside 2xx");
    }

    @Test
    void refusesARateWithSocketErrors() {
        String errors = CLEAN.replace("Requests/sec", "  Socket errors: connect 0, read 3, write 0, timeout 0\nRequests/sec");

        assertThatThrownBy(() -> WrkOutput.requestsPerSecond(errors)).hasMessageContaining("socket errors");
    }

    @Test
    void acceptsZeroSocketErrors() {
        String none = CLEAN.replace("Requests/sec", "  Socket errors: connect 0, read 0, write 0, timeout 0\nRequests/sec");

        assertThat(WrkOutput.requestsPerSecond(none)).isEqualTo(103697.42);
    }

    @Test
    void saysSoWhenThereIsNoRate() {
        assertThatThrownBy(() -> WrkOutput.requestsPerSecond("unable to connect to 127.0.0.1:1 Connection refused"))
                .hasMessageContaining("no Requests/sec line");
    }
}
