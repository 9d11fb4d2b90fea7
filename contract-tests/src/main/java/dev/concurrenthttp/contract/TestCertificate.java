package dev.concurrenthttp.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A self-signed certificate for {@code 127.0.0.1} and {@code localhost}, made with the JDK's
 * {@code keytool} when a test needs it: a keystore a test server serves it from, and the same
 * certificate as PEM, for the client to trust through {@link dev.concurrenthttp.support.Tls}.
 * Nothing is checked in, so nothing expires in the repository.
 */
public record TestCertificate(Path keyStore, String password, Path pem) {

    private static final String ALIAS = "test-server";

    /** Makes a fresh one in a temporary directory, removed when the JVM exits. */
    public static TestCertificate generate() {
        try {
            Path dir = Files.createTempDirectory("test-certificate");
            TestCertificate certificate = new TestCertificate(dir.resolve("server.p12"), "test-only", dir.resolve("server.pem"));
            keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-storetype", "PKCS12", "-keystore", certificate.keyStore.toString(),
                    "-storepass", certificate.password, "-keypass", certificate.password);
            keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", certificate.keyStore.toString(),
                    "-storepass", certificate.password, "-file", certificate.pem.toString());
            Stream.of(certificate.pem, certificate.keyStore, dir).forEach(path -> path.toFile().deleteOnExit());
            return certificate;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keytool(String... arguments) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = Stream.concat(Stream.of(keytool.toString()), Stream.of(arguments)).toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running keytool", e);
        }
    }
}
