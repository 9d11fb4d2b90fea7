package dev.concurrenthttp.support;

import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** How steps 1 and 2 set up the JDK's {@code HttpClient}: written once, for both. */
public final class JdkClients {

    private JdkClients() {
    }

    /** A builder for a client that trusts whom {@code sslContext} trusts; add to it, then build. */
    // tag::client[]
    public static HttpClient.Builder builder(SSLContext sslContext) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // the JDK asks for HTTP/2 by default
                .connectTimeout(Duration.ofSeconds(5))
                .sslContext(sslContext)
                .followRedirects(HttpClient.Redirect.NEVER); // the default: RedirectChain follows
    }
    // end::client[]
}
