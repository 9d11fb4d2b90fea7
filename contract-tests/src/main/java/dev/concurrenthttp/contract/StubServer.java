package dev.concurrenthttp.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

/** The WireMock set-up the kit shares, and addresses where nothing listens. */
public final class StubServer {

    private StubServer() {
    }

    /**
     * A WireMock server on a free port whose delays hold no Jetty thread (asynchronous
     * responses), so that many delayed stubs can be in flight at once.
     */
    public static WireMockExtension extension() {
        return WireMockExtension.newInstance().options(options()).build();
    }

    /** The same server without JUnit, for code that starts and stops it itself. */
    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(options());
        server.start();
        return server;
    }

    /** The same, also serving https on a free port, with WireMock's own certificate, which no one trusts. */
    public static WireMockServer startWithHttps() {
        WireMockServer server = new WireMockServer(options().dynamicHttpsPort());
        server.start();
        return server;
    }

    private static WireMockConfiguration options() {
        return wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(64)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(16);
    }

    public static URI url(WireMockExtension server, String path) {
        return URI.create(server.baseUrl() + path);
    }

    /** A loopback URL on a port that was free a moment ago: connecting to it is refused. */
    public static URI refusedUrl(String path) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
