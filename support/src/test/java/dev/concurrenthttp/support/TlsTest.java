package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system default is the JDK's own, made when a connection first needs it; bad trust files
 * fail at once, naming the file. A good one is proven by the contract kit's https tests.
 */
class TlsTest {

    @TempDir
    Path dir;

    @Test
    void theSystemDefaultIsTheJdksOwn() throws Exception {
        SSLContext jdk = SSLContext.getDefault();
        SSLContext deferred = Tls.systemDefault();

        // Its sessions, protocols and cipher suites are the JDK default context's, because that
        // context is the one that answers.
        assertThat(deferred.getClientSessionContext()).isSameAs(jdk.getClientSessionContext());
        assertThat(deferred.getDefaultSSLParameters().getProtocols())
                .containsExactly(jdk.getDefaultSSLParameters().getProtocols());
        assertThat(deferred.getDefaultSSLParameters().getCipherSuites())
                .containsExactly(jdk.getDefaultSSLParameters().getCipherSuites());
        assertThat(deferred.createSSLEngine("example.org", 443).getEnabledProtocols())
                .containsExactly(jdk.createSSLEngine("example.org", 443).getEnabledProtocols());
    }

    @Test
    void theContextIsMadeOnceAndOnlyWhenAConnectionNeedsIt() throws Exception {
        AtomicInteger made = new AtomicInteger();
        SSLContext deferred = new DeferredSslContext(() -> {
            made.incrementAndGet();
            return jdkDefault();
        });

        // The JDK's client, as steps 1 and 2 build it, and HttpClient 5's TLS strategy, as steps
        // 3 and 4 do, take the context without making it.
        try (HttpClient client = JdkClients.builder(deferred).build()) {
            assertThat(client.sslContext()).isSameAs(deferred);
        }
        new DefaultClientTlsStrategy(deferred);
        assertThat(made).hasValue(0);

        deferred.createSSLEngine("example.org", 443);
        deferred.getSocketFactory();
        assertThat(made).hasValue(1);
    }

    private static SSLContext jdkDefault() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void itCannotBeInitialisedAgain() {
        assertThatThrownBy(() -> Tls.systemDefault().init(null, null, null))
                .isInstanceOf(KeyManagementException.class);
    }

    @Test
    void aFileWithoutACertificateIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");

        assertThatThrownBy(() -> Tls.trusting(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(empty.toString());
    }

    @Test
    void aFileThatIsNotPemIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> Tls.trusting(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(text.toString());
    }

    @Test
    void aMissingFileIsRefused() {
        Path missing = dir.resolve("missing.pem");

        assertThatThrownBy(() -> Tls.trusting(missing))
                .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith(missing.toString());
    }
}
