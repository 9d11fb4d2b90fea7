package dev.concurrenthttp.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Where a client's trust comes from. There is no "trust all" here, nor anywhere else in the
 * tutorial's main code: a client that accepts any certificate accepts the attacker's too, and
 * the encryption then protects the conversation with them.
 */
public final class Tls {

    private Tls() {
    }

    /**
     * The JDK's default: the certificate authorities of its {@code cacerts}, as any client starts
     * with. It is made when the first https connection needs it, not when a client is built:
     * loading those authorities and working out the cipher suites took a quarter of a second of
     * a cold start, which a run that asks only {@code http://} URLs never needs.
     */
    public static SSLContext systemDefault() {
        return new DeferredSslContext(Tls::jdkDefault);
    }

    private static SSLContext jdkDefault() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no default TLS context", e);
        }
    }

    // tag::private-ca[]
    /**
     * A context that trusts the certificates in a PEM file, and only them: a private
     * certificate authority, or a test server's own certificate. The hostname is still checked
     * against the certificate, by the HTTP client.
     */
    public static SSLContext trusting(Path pemCertificates) {
        try (InputStream pem = Files.newInputStream(pemCertificates)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(pem);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(pemCertificates + ": no certificate in it");
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null); // an empty store, in memory
            int n = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("trusted-" + n++, certificate);
            }
            TrustManagerFactory trust =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(pemCertificates + ": cannot read it", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    pemCertificates + ": not PEM certificates (" + e.getMessage() + ")", e);
        }
    }
    // end::private-ca[]
}
