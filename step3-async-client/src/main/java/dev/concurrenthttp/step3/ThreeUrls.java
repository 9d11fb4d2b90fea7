package dev.concurrenthttp.step3;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Python tutorial's program in Java: one session, a request per URL started at once, and
 * the bodies gathered in order.
 *
 * <p>Run it with a base URL ({@code https://httpbin.org}), or with none for a local httpbin.
 */
public final class ThreeUrls {

    static final List<String> PATHS = List.of("/uuid", "/user-agent", "/headers");

    private ThreeUrls() {
    }

    // tag::fetch[]
    static CompletableFuture<String> fetch(AsyncSession session, String path) {
        return session.get(path).thenApply(response -> response.raiseForStatus().text());
    }
    // end::fetch[]

    // tag::fetch-all[]
    static List<String> fetchAll(URI baseUrl) {
        try (AsyncSession session = AsyncSession.builder()
                .baseUrl(baseUrl)
                .limit(100)
                .totalTimeout(Duration.ofSeconds(10))
                .open()) {
            List<CompletableFuture<String>> tasks = PATHS.stream().map(path -> fetch(session, path)).toList();
            return Futures.gather(tasks).join();
        }
    }
    // end::fetch-all[]

    public static void main(String... args) {
        if (args.length > 0) {
            fetchAll(URI.create(args[0])).forEach(System.out::println);
            return;
        }
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            fetchAll(httpbin.baseUri()).forEach(System.out::println);
        }
    }
}
