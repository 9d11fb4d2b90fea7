package dev.concurrenthttp.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.concurrenthttp.contract.CommandRunner.Command;
import dev.concurrenthttp.contract.CommandRunner.Run;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line contract every step's main keeps, tested in this JVM through the
 * {@link Command} the main runs, and once as a real process.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class CommandLineContract {

    /** The last line of every run. */
    public static final String DONE_LINE = "done: \\d+ ok, \\d+ failed, \\d+ requests in \\d+\\.\\d\\d s";

    @RegisterExtension
    static final WireMockExtension server = StubServer.extension();

    private static FaultServers faults;

    @BeforeAll
    static void startFaultServers() {
        faults = new FaultServers();
    }

    @AfterAll
    static void stopFaultServers() {
        faults.close();
    }

    private final CommandRunner runner;

    /**
     * @param mainClass the step's main class, also started as a process
     * @param command   what its {@code main} runs
     */
    protected CommandLineContract(Class<?> mainClass, Command command) {
        this.runner = new CommandRunner(mainClass, command);
    }

    protected final Run runWith(String... args) {
        return runner.run(args);
    }

    @Test
    void withNoArgumentsPrintsTheThreeHttpbinBodiesFromALocalServer() {
        Run run = runWith();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsSubsequence("\"uuid\"", "\"user-agent\"", "\"headers\"");
        assertThat(run.lastLine()).matches(DONE_LINE).startsWith("done: 3 ok, 0 failed, 3 requests in ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void baseUrlSendsTheRequestsToThatServer() {
        server.stubFor(get("/uuid").willReturn(ok("{\"uuid\": \"from-the-stub\"}")));
        server.stubFor(get("/user-agent").willReturn(ok("{\"user-agent\": \"stub\"}")));
        server.stubFor(get("/headers").willReturn(ok("{\"headers\": {}}")));

        Run run = runWith("--base-url", server.baseUrl());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).startsWith(
                "{\"uuid\": \"from-the-stub\"}", "{\"user-agent\": \"stub\"}", "{\"headers\": {}}");
        server.verify(1, getRequestedFor(urlEqualTo("/uuid")));
    }

    @Test
    void pathAndRepeatChooseTheRequests() {
        server.stubFor(get("/a").willReturn(ok("A")));
        server.stubFor(get("/b").willReturn(ok("B")));

        Run run = runWith("--base-url", server.baseUrl(), "--path", "/a", "--path", "b", "--repeat", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).startsWith("A", "A", "B", "B");
        assertThat(run.lastLine()).startsWith("done: 4 ok, 0 failed, 4 requests in ");
        server.verify(2, getRequestedFor(urlEqualTo("/b")));
    }

    @Test
    void aFailedRequestIsOneLineNamingItsUrlAndTheRunExitsWithOne() {
        server.stubFor(get("/ok").willReturn(ok("fine")));
        server.stubFor(get("/missing").willReturn(aResponse().withStatus(404)));

        Run run = runWith("--base-url", server.baseUrl(), "--path", "/missing", "--path", "/ok");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                "FAILED " + server.baseUrl() + "/missing: status 404", "fine", run.lastLine());
        assertThat(run.lastLine()).startsWith("done: 1 ok, 1 failed, 2 requests in ");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void aFaultIsOneLineNamingTheUrlWithNoStackTraceAndExitCodeOne(Fault fault) {
        URI url = faults.url(fault);
        String origin = url.getScheme() + "://" + url.getRawAuthority();

        Run run = runWith("--base-url", origin, "--path", url.getRawPath(),
                "--timeout", String.valueOf(FaultContract.DEADLINE.toSeconds()));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().getFirst()).matches("FAILED " + Pattern.quote(url.toString()) + ": [\\w .()-]+");
        assertThat(run.lastLine()).startsWith("done: 0 ok, 1 failed, 1 requests in ");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void retriesSendsAFailedRequestAgainAndAFinalFailureSaysHowManyAttempts() {
        server.stubFor(get("/flaky").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        server.stubFor(get("/flaky").inScenario("flaky").whenScenarioStateIs("recovered").willReturn(ok("fine")));
        server.stubFor(get("/down").willReturn(aResponse().withStatus(503)));

        Run recovered = runWith("--base-url", server.baseUrl(), "--path", "/flaky", "--retries", "2");
        Run down = runWith("--base-url", server.baseUrl(), "--path", "/down", "--retries=1", "--quiet");

        assertThat(recovered.exitCode()).as(recovered.err()).isZero();
        assertThat(recovered.outLines()).first().isEqualTo("fine");
        server.verify(2, getRequestedFor(urlEqualTo("/flaky")));
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.outLines()).first().isEqualTo("FAILED " + server.baseUrl() + "/down: status 503 (2 attempts)");
        server.verify(2, getRequestedFor(urlEqualTo("/down")));
    }

    @Test
    void withoutRetriesAFailedRequestIsSentOnce() {
        server.stubFor(get("/down").willReturn(aResponse().withStatus(503)));

        Run run = runWith("--base-url", server.baseUrl(), "--path", "/down", "--quiet");

        assertThat(run.outLines()).first().isEqualTo("FAILED " + server.baseUrl() + "/down: status 503");
        server.verify(1, getRequestedFor(urlEqualTo("/down")));
    }

    @Test
    void quietPrintsNoBodiesButStillPrintsFailures() {
        server.stubFor(get("/ok").willReturn(ok("a body nobody should see")));
        server.stubFor(get("/broken").willReturn(aResponse().withStatus(503)));

        Run run = runWith("--base-url", server.baseUrl(), "--path", "/ok", "--path", "/broken", "--quiet");

        assertThat(run.out()).doesNotContain("a body nobody should see");
        assertThat(run.outLines()).hasSize(2).first().asString().contains("/broken: status 503");
    }

    @Test
    void timelineDrawsABarPerRequest() {
        server.stubFor(get("/t").willReturn(ok("t")));

        Run run = runWith("--base-url", server.baseUrl(), "--path", "/t", "--repeat", "3", "--quiet", "--timeline");

        assertThat(run.outLines()).filteredOn(line -> line.matches("\\s*\\d+ /t +\\|[ #]*#[ #]*\\|.*")).hasSize(3);
        assertThat(run.lastLine()).matches(DONE_LINE);
    }

    @Test
    void timelineSvgWritesAPictureOfTheRun(@TempDir Path dir) throws IOException {
        server.stubFor(get("/t").willReturn(ok("t")));
        Path svg = dir.resolve("timeline.svg");

        Run run = runWith("--base-url", server.baseUrl(), "--path", "/t", "--repeat", "2", "--quiet",
                "--timeline-svg", svg.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(svg)).startsWith("<svg").contains("<rect").endsWith("</svg>\n");
    }

    @Test
    void statsPrintsWhatTheRunCostBeforeTheLastLine() {
        server.stubFor(get("/t").willReturn(ok("t")));

        Run run = runWith("--base-url", server.baseUrl(), "--path", "/t", "--quiet", "--stats");

        List<String> lines = run.outLines();
        assertThat(lines.get(lines.size() - 2)).matches("stats: peak platform threads \\d+, peak RSS (\\d+ MB|unknown)");
        assertThat(run.lastLine()).matches(DONE_LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--no-such-option", "--repeat x", "--repeat 0", "--repeat -3", "--timeout abc", "--timeout 0",
        "--timeout -1", "--base-url ftp://example.org", "--base-url not-a-url", "--base-url http://",
        "--path", "--quiet=yes", "stray", "--repeat 1.5", "--repeat 2000000000", "--timeout NaN", "--timeout 1e9",
        "--base-url http://exa%mple.org", "--base-url http://[::1", "--base-url http://127.0.0.1:99999",
        "--base-url mailto:someone@example.org", "--base-url http://user:secret@127.0.0.1",
        "--path /a%zz", "--timeline-svg /no-such-directory/timeline.svg", "--retries -1", "--retries x",
        "--retries 101", "--retries 1.5"})
    void badUsageIsOneLineNamingTheInputAndExitCodeTwo(String args) {
        String[] words = args.split(" ");

        Run run = runWith(words);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).as("stderr").hasSize(1).first().asString()
                .contains(words[words.length - 1])
                .contains("usage:");
    }

    @Test
    void helpListsTheOptionsAndExitsZero() {
        Run run = runWith("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--base-url", "--path", "--repeat", "--timeout", "--retries", "--timeline");
    }

    @Test
    void mainEndsOnItsOwnWithTheExitCodeOfTheRun() throws Exception {
        server.stubFor(get("/ok").willReturn(ok("fine")));
        server.stubFor(get("/missing").willReturn(aResponse().withStatus(404)));

        assertThat(runner.runMain("--quiet")).as("no arguments: the local httpbin").isZero();
        assertThat(runner.runMain("--base-url", server.baseUrl(), "--path", "/ok")).isZero();
        assertThat(runner.runMain("--base-url", server.baseUrl(), "--path", "/missing")).isEqualTo(1);
        assertThat(runner.runMain("--repeat", "nope")).isEqualTo(2);
    }
}
