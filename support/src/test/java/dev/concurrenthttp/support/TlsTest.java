package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad trust files fail at once, naming the file; a good one is proven by the contract kit's https tests. */
class TlsTest {

    @TempDir
    Path dir;

    @Test
    void theSystemDefaultIsTheJdksOwn() throws Exception {
        assertThat(Tls.systemDefault()).isSameAs(javax.net.ssl.SSLContext.getDefault());
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
