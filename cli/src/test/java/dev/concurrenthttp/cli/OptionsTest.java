package dev.concurrenthttp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void withNoArgumentsAsksForTheThreePathsOfThePythonTutorial() throws UsageException {
        Options options = Options.parse(List.of(), true);

        assertThat(options.baseUrl()).isEmpty();
        assertThat(options.paths()).containsExactly("/uuid", "/user-agent", "/headers");
        assertThat(options.limit()).isEqualTo(100);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.retries()).as("retries are opt-in").isZero();
    }

    @Test
    void readsHowManyRetriesToAllow() throws UsageException {
        assertThat(Options.parse(List.of("--retries", "3"), true).retries()).isEqualTo(3);
        assertThat(Options.parse(List.of("--retries=0"), false).retries()).isZero();
    }

    @Test
    void buildsEachUrlRepeatTimesInPathOrder() throws UsageException {
        Options options = Options.parse(List.of("--path", "/a", "--path=b?x=1", "--repeat", "2"), true);

        assertThat(options.urls(URI.create("http://host:1/base/"))).extracting(URI::toString).containsExactly(
                "http://host:1/base/a", "http://host:1/base/a", "http://host:1/base/b?x=1", "http://host:1/base/b?x=1");
    }

    @Test
    void readsFractionalSecondsForTheTimeout() throws UsageException {
        assertThat(Options.parse(List.of("--timeout", "0.25"), true).timeout()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aSequentialStepKeepsOneRequestInFlightAndRejectsLimit() throws UsageException {
        assertThat(Options.parse(List.of(), false).limit()).isEqualTo(1);
        assertThatThrownBy(() -> Options.parse(List.of("--limit", "5"), false))
                .isInstanceOf(UsageException.class).hasMessageContaining("--limit 5");
    }

    @Test
    void namesTheInputItCannotUse() {
        assertThatThrownBy(() -> Options.parse(List.of("--limit", "0"), true)).hasMessage("--limit 0: must be at least 1");
        assertThatThrownBy(() -> Options.parse(List.of("--timeout", "NaN"), true)).hasMessageStartingWith("--timeout NaN:");
        assertThatThrownBy(() -> Options.parse(List.of("--timeout", "1e9"), true)).hasMessageStartingWith("--timeout 1e9:");
        assertThatThrownBy(() -> Options.parse(List.of("--base-url", "localhost:8080"), true))
                .hasMessageStartingWith("--base-url localhost:8080:");
        assertThatThrownBy(() -> Options.parse(List.of("--path", "/a b"), true)).hasMessageStartingWith("--path /a b:");
        assertThatThrownBy(() -> Options.parse(List.of("--repeat"), true)).hasMessage("--repeat needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--retries", "-1"), true))
                .hasMessage("--retries -1: must be from 0 (no retries) to 100");
        assertThatThrownBy(() -> Options.parse(List.of("--retries", "two"), true)).hasMessage("--retries two: not a whole number");
    }
}
