package dev.concurrenthttp.step3;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Python tutorial's aiohttp program with a session of its own: {@code async with
 * ClientSession() as session}, a task per URL, then gather. The session owns one
 * connection pool, and its total timeout bounds each whole request.
 *
 * <p>Run it with no argument to ask a local httpbin, or with a base URL such as
 * {@code https://httpbin.org}.
 */
public final class ThreeUrls {

    static final List<String> PATHS = List.of("/uuid", "/user-agent", "/headers");

    static CompletableFuture<String> fetch(AsyncSession session, String url) {
        return session.get(url).thenApply(response -> response.text());
    }

    public static void main(String... args) {
        // The one line of ours: a local httpbin, unless a base URL is given.
        String base = args.length > 0 ? args[0] : LocalHttpbin.startDaemon().baseUrl();
        try (AsyncSession session = AsyncSession.builder()
                .totalTimeout(Duration.ofSeconds(10)) // ClientTimeout(total=10)
                .open()) {
            List<CompletableFuture<String>> tasks = PATHS.stream()
                    .map(path -> fetch(session, base + path)) // each one on its way
                    .toList();
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
            tasks.forEach(task -> System.out.println(task.join()));
        } catch (CompletionException | IllegalArgumentException e) {
            // no server, a bad URL: one line that names it, not a stack trace
            Throwable why = e instanceof CompletionException ? e.getCause() : e;
            System.err.println("ThreeUrls: " + base + ": " + why);
            System.exit(1);
        }
    }
}
