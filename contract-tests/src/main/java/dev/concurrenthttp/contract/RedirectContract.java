package dev.concurrenthttp.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.FetchException;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.HttpStatusException;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.RedirectException;
import dev.concurrenthttp.support.RedirectPolicy;
import dev.concurrenthttp.support.Tls;
import dev.concurrenthttp.support.TlsFailureException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How every step follows redirects, and whom it trusts over TLS: up to
 * {@value RedirectPolicy#MAX_REDIRECTS} redirects; credentials only to the origin they were set
 * for; never from https down to http; never a success from a server whose certificate it was
 * not told to trust. A step's test class implements {@link #newFetcher(Map, SSLContext)} with
 * its teaching API: its session's default headers, its client's TLS context.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class RedirectContract extends FaultContract {

    private static final Map<String, String> CREDENTIALS = Map.of(
            "Authorization", "Bearer secret-token",
            "Cookie", "session=secret-session",
            "Proxy-Authorization", "Basic c2VjcmV0OnByb3h5",
            "X-Trace-Id", "42");

    private static final TestCertificate CERTIFICATE = TestCertificate.generate();

    /** Where each redirect starts: a server at 127.0.0.1. */
    @RegisterExtension
    static final WireMockExtension origin = StubServer.extension();

    /** Another origin, which the tests call {@code localhost}: the same machine, another name and port. */
    @RegisterExtension
    static final WireMockExtension elsewhere = StubServer.extension();

    /** An https server with a certificate no client trusts unless told to. */
    @RegisterExtension
    static final WireMockExtension secure = WireMockExtension.newInstance()
            .options(wireMockConfig()
                    .httpDisabled(true)
                    .dynamicHttpsPort()
                    .bindAddress("127.0.0.1")
                    .keystorePath(CERTIFICATE.keyStore().toString())
                    .keystoreType("PKCS12")
                    .keystorePassword(CERTIFICATE.password())
                    .keyManagerPassword(CERTIFICATE.password()))
            .build();

    /**
     * A new instance of the step's fetcher that sends {@code headers} with every request and
     * trusts the certificates {@code trust} trusts; the caller closes it.
     */
    protected abstract Fetcher newFetcher(Map<String, String> headers, SSLContext trust);

    @Test
    void followsARedirectOnTheSameOriginWithItsCredentials() {
        origin.stubFor(get("/start").willReturn(redirectTo("/end")));
        origin.stubFor(get("/end").willReturn(ok("arrived")));

        Outcome outcome = fetch(CREDENTIALS, Tls.systemDefault(), originUrl("/start"));

        assertThat(body(outcome)).isEqualTo("arrived");
        origin.verify(getRequestedFor(urlEqualTo("/end"))
                .withHeader("Authorization", equalTo("Bearer secret-token"))
                .withHeader("Cookie", equalTo("session=secret-session")));
    }

    @Test
    void sendsNoCredentialsToTheHostARedirectLeadsTo() {
        // 127.0.0.1 and localhost are one machine but two origins, as two names for one server are.
        URI away = URI.create("http://localhost:" + elsewhere.getPort() + "/landing");
        origin.stubFor(get("/away").willReturn(redirectTo(away.toString())));
        elsewhere.stubFor(get("/landing").willReturn(ok("landed")));

        Outcome outcome = fetch(CREDENTIALS, Tls.systemDefault(), originUrl("/away"));

        assertThat(body(outcome)).as("the redirect is followed, without the credentials").isEqualTo("landed");
        elsewhere.verify(1, getRequestedFor(urlEqualTo("/landing"))
                .withoutHeader("Authorization")
                .withoutHeader("Cookie")
                .withoutHeader("Proxy-Authorization")
                .withHeader("X-Trace-Id", equalTo("42")));
    }

    @Test
    void aStatusAfterARedirectNamesTheUrlThatAnsweredAndTheOutcomeTheUrlAsked() {
        origin.stubFor(get("/moved").willReturn(redirectTo("/gone")));
        origin.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));
        URI asked = originUrl("/moved");

        Outcome outcome = fetch(Map.of(), Tls.systemDefault(), asked);

        assertThat(outcome.url()).as("the batch's URL, which the outcomes are listed by").isEqualTo(asked);
        assertThat(errorOf(outcome)).isInstanceOfSatisfying(HttpStatusException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.url()).as("the URL that answered 404, as requests' HTTPError names it").isEqualTo(originUrl("/gone"));
        });
    }

    @Test
    void followsTenRedirects() {
        stubHops(RedirectPolicy.MAX_REDIRECTS);

        Outcome outcome = fetch(Map.of(), Tls.systemDefault(), originUrl("/hop/" + RedirectPolicy.MAX_REDIRECTS));

        assertThat(body(outcome)).isEqualTo("arrived");
    }

    @Test
    void refusesTheEleventhRedirectNamingTheUrlAsked() {
        int hops = RedirectPolicy.MAX_REDIRECTS + 1;
        stubHops(hops);
        URI url = originUrl("/hop/" + hops);

        Outcome outcome = fetch(Map.of(), Tls.systemDefault(), url);

        FetchException error = errorOf(outcome);
        assertThat(error).isInstanceOf(RedirectException.class);
        assertThat(error.url()).isEqualTo(url);
        assertThat(error.reason()).isEqualTo("more than 10 redirects");
        origin.verify(0, getRequestedFor(urlEqualTo("/hop/0")));
    }

    @Test
    void endsARedirectLoopWithinTheDeadline() {
        origin.stubFor(get("/loop").willReturn(redirectTo("/loop")));

        long start = System.nanoTime();
        Outcome outcome = fetch(Map.of(), Tls.systemDefault(), originUrl("/loop"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(errorOf(outcome)).isInstanceOf(RedirectException.class);
        assertThat(took).isLessThan(DEADLINE.plus(MARGIN));
        origin.verify(RedirectPolicy.MAX_REDIRECTS + 1, getRequestedFor(urlEqualTo("/loop")));
    }

    @Test
    void reportsARedirectWithoutALocationAsItsStatus() {
        origin.stubFor(get("/nowhere").willReturn(aResponse().withStatus(302)));

        Outcome outcome = fetch(Map.of(), Tls.systemDefault(), originUrl("/nowhere"));

        assertThat(errorOf(outcome)).isInstanceOfSatisfying(HttpStatusException.class,
                e -> assertThat(e.status()).isEqualTo(302));
    }

    @Test
    void fetchesOverHttpsFromAServerItWasToldToTrust() {
        secure.stubFor(get("/start").willReturn(redirectTo("/hello")));
        secure.stubFor(get("/hello").willReturn(ok("hello over TLS")));

        Outcome outcome = fetch(Map.of(), Tls.trusting(CERTIFICATE.pem()), secureUrl("/start"));

        assertThat(body(outcome)).isEqualTo("hello over TLS");
    }

    @Test
    void refusesARedirectFromHttpsToHttp() {
        URI plain = originUrl("/plain");
        secure.stubFor(get("/downgrade").willReturn(redirectTo(plain.toString())));
        origin.stubFor(get("/plain").willReturn(ok("sent in the clear")));
        URI url = secureUrl("/downgrade");

        Outcome outcome = fetch(CREDENTIALS, Tls.trusting(CERTIFICATE.pem()), url);

        FetchException error = errorOf(outcome);
        assertThat(error).isInstanceOf(RedirectException.class);
        assertThat(error.url()).isEqualTo(url);
        assertThat(error.reason()).isEqualTo("refused redirect from https to " + plain);
        origin.verify(0, getRequestedFor(urlEqualTo("/plain")));
    }

    @Test
    void neverSucceedsWithAServerWhoseCertificateItWasNotToldToTrust() {
        secure.stubFor(get("/hello").willReturn(ok("hello over TLS")));
        URI url = secureUrl("/hello");

        Outcome outcome = fetch(Map.of(), Tls.systemDefault(), url);

        FetchException error = errorOf(outcome);
        assertThat(error).isInstanceOf(TlsFailureException.class);
        assertThat(error.url()).isEqualTo(url);
        assertThat(error.reason()).isEqualTo("certificate not trusted");
        assertThat(error.getCause()).as("the client's own exception, kept for the log").isNotNull();
        secure.verify(0, getRequestedFor(urlEqualTo("/hello")));
    }

    private Outcome fetch(Map<String, String> headers, SSLContext trust, URI url) {
        try (Fetcher fetcher = newFetcher(headers, trust)) {
            List<Outcome> outcomes = fetcher.fetchAll(Batch.sequential(List.of(url), DEADLINE));
            assertThat(outcomes).hasSize(1);
            return outcomes.getFirst();
        }
    }

    private static void stubHops(int hops) {
        origin.stubFor(get("/hop/0").willReturn(ok("arrived")));
        for (int n = 1; n <= hops; n++) {
            origin.stubFor(get("/hop/" + n).willReturn(redirectTo("/hop/" + (n - 1))));
        }
    }

    private static ResponseDefinitionBuilder redirectTo(String location) {
        return aResponse().withStatus(302).withHeader("Location", location);
    }

    private static URI originUrl(String path) {
        return URI.create("http://127.0.0.1:" + origin.getPort() + path);
    }

    private static URI secureUrl(String path) {
        return URI.create("https://127.0.0.1:" + secure.getHttpsPort() + path);
    }

    private static String body(Outcome outcome) {
        assertThat(outcome).as("outcome for %s", outcome.url()).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success) outcome).body();
    }

    private static FetchException errorOf(Outcome outcome) {
        assertThat(outcome).as("outcome for %s: never a success", outcome.url()).isInstanceOf(Outcome.Failure.class);
        return ((Outcome.Failure) outcome).error();
    }
}
