package dev.concurrenthttp.step5;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Optional;

/**
 * What the scenario server counts, asked over HTTP ({@code GET /counts}) so that it works with
 * a server in another JVM: requests pending per scenario, and connections open.
 */
public final class ServerCounts implements AutoCloseable {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI counts;

    public ServerCounts(URI base) {
        this.counts = base.resolve("/counts");
    }

    /**
     * The counts of the server at {@code base}, if it keeps them: this project's scenario server
     * does, another (easyracer's own) may not, and then nothing is checked.
     */
    public static Optional<ServerCounts> ifKept(URI base) {
        ServerCounts counts = new ServerCounts(base);
        try {
            counts.connections();
            return Optional.of(counts);
        } catch (IOException | RuntimeException e) {
            counts.close();
            return Optional.empty();
        } catch (InterruptedException e) {
            counts.close();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Requests to scenario {@code n} that the server has not seen end. */
    public int pending(int n) throws IOException, InterruptedException {
        return count("pending " + n + " ");
    }

    /** Connections open at the server, besides the one that asks. */
    public int connections() throws IOException, InterruptedException {
        return count("connections ");
    }

    /**
     * Waits up to {@code patience} for scenario {@code n}'s pending requests to drop to none, as
     * they do once every loser's connection has closed; returns how many are still pending.
     */
    public int awaitNonePending(int n, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        int pending;
        while ((pending = pending(n)) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return pending;
    }

    private int count(String prefix) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(counts).timeout(Duration.ofSeconds(10)).build();
        String body = client.send(request, BodyHandlers.ofString()).body();
        return body.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> Integer.parseInt(line.substring(prefix.length()).trim()))
                .orElseThrow(() -> new IOException(counts + " has no line " + prefix.trim() + ": " + body));
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
