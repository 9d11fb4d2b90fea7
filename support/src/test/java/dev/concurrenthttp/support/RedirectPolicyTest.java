package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedirectPolicyTest {

    private static final URI START = URI.create("https://api.example/start");

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
            "http://a.example/x, http://a.example/y?q, true",
            "http://a.example/x, http://A.EXAMPLE:80/y, true",
            "https://a.example/x, https://a.example:443/, true",
            "http://a.example/x, https://a.example/x, false",
            "http://a.example/x, http://a.example:8080/x, false",
            "http://a.example/x, http://b.example/x, false",
            "http://127.0.0.1:8080/x, http://localhost:8080/x, false",
            "http://127.0.0.1:8080/x, http://127.0.0.1:8081/x, false"})
    void anOriginIsSchemeHostAndPort(URI a, URI b, boolean same) {
        assertThat(RedirectPolicy.sameOrigin(a, b)).isEqualTo(same);
        assertThat(RedirectPolicy.sameOrigin(b, a)).isEqualTo(same);
    }

    @Test
    void keepsEveryHeaderOnTheSameOrigin() {
        Map<String, String> headers = Map.of("Authorization", "Bearer s", "Cookie", "c=1", "Accept", "text/plain");

        assertThat(RedirectPolicy.headersFor(START, START.resolve("/elsewhere"), headers)).isEqualTo(headers);
    }

    @Test
    void dropsCredentialsOnTheWayToAnotherOriginWhateverTheirCase() {
        Map<String, String> headers = Map.of("authorization", "Bearer s", "COOKIE", "c=1",
                "Proxy-Authorization", "Basic p", "Accept", "text/plain");

        assertThat(RedirectPolicy.headersFor(START, URI.create("https://other.example/"), headers))
                .containsExactly(Map.entry("Accept", "text/plain"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/next, https://api.example/next",
            "next, https://api.example/next",
            "?page=2, https://api.example/start?page=2",
            "#part, https://api.example/start",
            "//cdn.example/file, https://cdn.example/file",
            "http://api.example:8443/x, http://api.example:8443/x"})
    void resolvesTheLocationAgainstTheUrlThatAnswered(String location, URI expected) {
        URI from = URI.create(location.startsWith("http:") ? "http://api.example/start" : START.toString());

        assertThat(RedirectPolicy.next(START, from, location, 0)).isEqualTo(expected);
    }

    @Test
    void refusesToGoFromHttpsToHttp() {
        assertThatThrownBy(() -> RedirectPolicy.next(START, START, "http://api.example/plain", 0))
                .isInstanceOfSatisfying(RedirectException.class, e -> {
                    assertThat(e.url()).isEqualTo(START);
                    assertThat(e.reason()).isEqualTo("refused redirect from https to http://api.example/plain");
                });
    }

    @Test
    void goesFromHttpToHttps() {
        URI plain = URI.create("http://api.example/");

        assertThat(RedirectPolicy.next(plain, plain, "https://api.example/", 0)).isEqualTo(URI.create("https://api.example/"));
    }

    @ParameterizedTest
    @CsvSource({"file:///etc/passwd", "ftp://files.example/x", "javascript:alert(1)"})
    void refusesEverySchemeButHttpAndHttps(String location) {
        assertThatThrownBy(() -> RedirectPolicy.next(START, START, location, 0))
                .isInstanceOfSatisfying(RedirectException.class,
                        e -> assertThat(e.reason()).startsWith("refused redirect to ").endsWith(": not an http(s) URL"));
    }

    @Test
    void refusesALocationThatIsNotAUrl() {
        assertThatThrownBy(() -> RedirectPolicy.next(START, START, "http://bad host/", 0))
                .isInstanceOfSatisfying(RedirectException.class,
                        e -> assertThat(e.reason()).isEqualTo("redirect to a Location that is not a URL"));
    }

    @Test
    void followsTheTenthRedirectAndRefusesTheEleventh() {
        assertThat(RedirectPolicy.next(START, START, "/again", RedirectPolicy.MAX_REDIRECTS - 1)).isNotNull();

        assertThatThrownBy(() -> RedirectPolicy.next(START, START, "/again", RedirectPolicy.MAX_REDIRECTS))
                .isInstanceOfSatisfying(RedirectException.class,
                        e -> assertThat(e.reason()).isEqualTo("more than 10 redirects"));
    }

    @ParameterizedTest
    @CsvSource({"301, true", "302, true", "303, true", "307, true", "308, true",
            "300, false", "304, false", "305, false", "200, false", "404, false"})
    void followsOnlyTheStatusesThatMoveTheResource(int status, boolean redirect) {
        assertThat(RedirectPolicy.isRedirect(status, Optional.of("/x"))).isEqualTo(redirect);
        assertThat(RedirectPolicy.isRedirect(status, Optional.empty())).as("without a Location").isFalse();
    }
}
