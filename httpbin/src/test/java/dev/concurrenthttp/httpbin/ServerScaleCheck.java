package dev.concurrenthttp.httpbin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * How long until every one of 5,000 requests to {@code /delay/1}, all sent at once through
 * {@code HttpClient.sendAsync} over HTTP/1.1, is answered by a {@link LocalHttpbin} in the same
 * JVM. A measurement to run by hand, not a test:
 *
 * <pre>
 * ./mvnw -q -pl support test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.concurrenthttp.httpbin.ServerScaleCheck [-Dexec.args="--executor virtual"]
 * </pre>
 *
 * <p>Options: {@code --requests N} (5000), {@code --path P} (/delay/1), {@code --rounds R} (3),
 * {@code --executor default|virtual} (the client's executor: its default cached thread pool, or
 * a virtual thread per task). After a warm-up round, each round uses a new client, so every
 * request opens its own connection; a last round reuses the previous client's pooled
 * connections.
 *
 * <p>Client and server share the machine: on two cores the client's connection setup and the
 * garbage collector cost about as much as the server, so the figure says as much about them as
 * about the server. A line per round shows when the server held a tenth, half and all of the
 * requests, and whether connections found its accept queue full (Linux only; the count is
 * machine-wide).
 */
final class ServerScaleCheck {

    private ServerScaleCheck() {
    }

    public static void main(String... args) {
        int requests = 5000;
        String path = "/delay/1";
        int rounds = 3;
        String executor = "default";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--path" -> path = args[i + 1];
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--executor" -> executor = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        try (LocalHttpbin httpbin = LocalHttpbin.start()) {
            URI uri = URI.create(httpbin.baseUri() + path);
            try (HttpClient warmUp = client(executor)) {
                run("warm-up, new connections", httpbin, warmUp, uri, Math.min(requests, 1000));
            }
            HttpClient client = null;
            for (int round = 1; round <= rounds; round++) {
                if (client != null) {
                    client.close();
                }
                client = client(executor);
                run("round " + round + ", new connections", httpbin, client, uri, requests);
            }
            run("again, pooled connections", httpbin, client, uri, requests);
            client.close();
        }
    }

    private static HttpClient client(String executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30));
        return switch (executor) {
            case "default" -> builder.build();
            case "virtual" -> builder.executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            default -> throw new IllegalArgumentException("--executor is default or virtual, got: " + executor);
        };
    }

    private static void run(String label, LocalHttpbin httpbin, HttpClient client, URI uri, int requests) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build();
        long overflowsBefore = listenOverflows();
        long start = System.nanoTime();
        Thread watcher = Thread.ofPlatform().daemon().start(() -> watchArrivals(httpbin, requests, start));
        List<CompletableFuture<String>> outcomes = IntStream.range(0, requests)
                .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .handle((response, failure) -> failure == null
                                ? (response.statusCode() == 200 ? "ok" : "status " + response.statusCode())
                                : rootCause(failure).toString()))
                .toList();
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        watcher.interrupt();

        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(outcome -> counts.merge(outcome.join(), 1, Integer::sum));
        int ok = counts.getOrDefault("ok", 0);
        System.out.printf("%s: %d requests to %s at once: %d ok, %d failed, all done in %.2f s%n",
                label, requests, uri.getPath(), ok, requests - ok, seconds);
        counts.forEach((outcome, count) -> {
            if (!outcome.equals("ok")) {
                System.out.printf("  %5d  %s%n", count, outcome);
            }
        });
        long overflows = listenOverflows() - overflowsBefore;
        if (overflows > 0) {
            System.out.printf("  %d connection attempts found the server's accept queue full"
                    + " (the client tries again after 1 s, then 3 s, 7 s)%n", overflows);
        }
    }

    /** Prints when the server had a tenth, half, and all of the requests in hand at once. */
    private static void watchArrivals(LocalHttpbin httpbin, int requests, long start) {
        int[] marks = {requests / 10, requests / 2, requests};
        int next = 0;
        StringBuilder line = new StringBuilder("  in the server's hands at once:");
        while (next < marks.length && !Thread.currentThread().isInterrupted()) {
            int inFlight = httpbin.inFlight();
            while (next < marks.length && inFlight >= marks[next]) {
                line.append(String.format(" %d after %.2f s;", marks[next++], (System.nanoTime() - start) / 1e9));
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                break;
            }
        }
        System.out.println(line);
    }

    /** Linux's count of connections dropped because a listen queue was full, or 0 elsewhere. */
    private static long listenOverflows() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/net/netstat"));
            for (int i = 0; i + 1 < lines.size(); i += 2) {
                List<String> names = List.of(lines.get(i).split(" "));
                int at = names.indexOf("ListenOverflows");
                if (at >= 0) {
                    return Long.parseLong(lines.get(i + 1).split(" ")[at]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no count
        }
        return 0;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
