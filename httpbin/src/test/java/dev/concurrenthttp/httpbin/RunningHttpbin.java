package dev.concurrenthttp.httpbin;

import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A local httpbin for one test class, and the HTTP/1.1 client its tests ask it with. */
final class RunningHttpbin implements BeforeAllCallback, AfterAllCallback {

    private LocalHttpbin httpbin;
    private HttpClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        httpbin = LocalHttpbin.start();
        client = Http.client();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        httpbin.close();
    }

    LocalHttpbin httpbin() {
        return httpbin;
    }

    URI base() {
        return httpbin.baseUri();
    }

    HttpClient client() {
        return client;
    }
}
