package dev.concurrenthttp.step4;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Python tutorial's requests-async program in Java: a blocking {@code get} per
 * URL, each on a virtual thread of its own, so N requests of D take about D.
 *
 * <p>Run it with no argument to ask a local httpbin, or with a base URL such as
 * {@code https://httpbin.org}.
 */
public final class ThreeUrls {

    static final List<String> PATHS = List.of("/uuid", "/user-agent", "/headers");

    public static void main(String... args) throws InterruptedException {
        // The one line of ours: a local httpbin, unless a base URL is given.
        String base = args.length > 0 ? args[0] : LocalHttpbin.startDaemon().baseUrl();
        try (Session session = new Session(); // a pool; 10 s for each whole request
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> tasks = PATHS.stream()
                    .map(path -> URI.create(base + path))
                    .map(url -> threads.submit(() -> session.get(url).text()))
                    .toList();
            for (Future<String> task : tasks) {
                System.out.println(task.get()); // in the order of the paths
            }
        } catch (ExecutionException | IllegalArgumentException e) {
            // no server, a bad URL: one line that names it, not a stack trace
            Throwable why = e instanceof ExecutionException ? e.getCause() : e;
            System.err.println("ThreeUrls: " + base + ": " + why);
            System.exit(1);
        }
    }
}
