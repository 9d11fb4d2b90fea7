package dev.concurrenthttp.support;

import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** How steps 1 and 2 set up the JDK's {@code HttpClient}: written once, for both. */
public final class JdkClients {

    private JdkClients() {
    }

    /** A builder for a client that trusts whom {@code sslContext} trusts; add to it, then build. */
    public static HttpClient.Builder builder(SSLContext sslContext) {
        // Without parameters of its own, the client asks the context for its defaults as it is
        // built, which makes the context (Tls.systemDefault defers that to the first https
        // connection). Parameters left unset mean those same defaults, taken per connection.
        return configured(sslContext).sslParameters(new SSLParameters());
    }

    // tag::client[]
    private static HttpClient.Builder configured(SSLContext sslContext) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // the JDK asks for HTTP/2 by default
                .connectTimeout(Duration.ofSeconds(5))
                .sslContext(sslContext)
                .followRedirects(HttpClient.Redirect.NEVER); // the default: RedirectChain follows
    }
    // end::client[]
}
