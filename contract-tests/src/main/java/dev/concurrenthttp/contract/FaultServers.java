package dev.concurrenthttp.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.util.Locale;

/**
 * The servers that stage every {@link Fault}, each at a URL of its own, and a healthy URL to
 * fetch beside them. Shared by the fault suite and the docs' fault matrix, so the chapter shows
 * the faults the tests provoke.
 */
public final class FaultServers implements AutoCloseable {

    /** Longer than any deadline a fault is fetched with: what never comes. */
    private static final int NEVER_MILLIS = 10_000;

    private static final String HEALTHY_PATH = "/healthy";

    private final WireMockServer wireMock = StubServer.startWithHttps();
    private final ShortBodyServer shortBody = ShortBodyServer.start();

    public FaultServers() {
        wireMock.stubFor(get(HEALTHY_PATH).willReturn(ok("healthy")));
        for (Fault fault : Fault.values()) {
            ResponseDefinitionBuilder response = response(fault);
            if (response != null) {
                wireMock.stubFor(get(path(fault)).willReturn(response));
            }
        }
    }

    /** Where fetching goes wrong in the way {@code fault} names. */
    public URI url(Fault fault) {
        return switch (fault) {
            case CONNECTION_REFUSED -> StubServer.refusedUrl(path(fault));
            // RFC 6761: no name under .invalid resolves, so this asks no server on the network.
            case UNKNOWN_HOST -> URI.create("http://no-such-host.invalid" + path(fault));
            case TRUNCATED_BODY -> shortBody.url(path(fault));
            case UNTRUSTED_CERTIFICATE -> URI.create("https://127.0.0.1:" + wireMock.httpsPort() + path(fault));
            default -> URI.create(httpBase() + path(fault));
        };
    }

    /** A URL that answers {@code 200 healthy} at once. */
    public URI healthyUrl() {
        return URI.create(httpBase() + HEALTHY_PATH);
    }

    /** WireMock's baseUrl() names its https port once it has one. */
    private String httpBase() {
        return "http://127.0.0.1:" + wireMock.port();
    }

    @Override
    public void close() {
        shortBody.close();
        wireMock.stop();
    }

    private static ResponseDefinitionBuilder response(Fault fault) {
        return switch (fault) {
            case NOT_FOUND -> aResponse().withStatus(404).withBody("not here");
            case SERVICE_UNAVAILABLE -> aResponse().withStatus(503).withBody("try later");
            case CONNECTION_RESET -> aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
            case EMPTY_RESPONSE -> aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE);
            case GARBAGE_THEN_CLOSE -> aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE);
            case MALFORMED_CHUNK -> aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK);
            case HEADERS_NEVER_COME -> ok("too late").withFixedDelay(NEVER_MILLIS);
            case BODY_DRIBBLES -> ok("x".repeat(100)).withChunkedDribbleDelay(20, NEVER_MILLIS);
            case REDIRECT_LOOP -> aResponse().withStatus(302).withHeader("Location", path(fault));
            case UNTRUSTED_CERTIFICATE -> ok("a secret that should not be read");
            case CONNECTION_REFUSED, UNKNOWN_HOST, TRUNCATED_BODY -> null; // not WireMock's to stage
        };
    }

    private static String path(Fault fault) {
        return "/fault/" + fault.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
