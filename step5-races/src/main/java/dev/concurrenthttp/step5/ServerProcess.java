package dev.concurrenthttp.step5;

import dev.concurrenthttp.commandline.ChildProcesses;
import dev.concurrenthttp.httpbin.scenarios.ScenarioServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ScenarioServer} in a JVM of its own. Scenario 3 holds 10,000 connections open: a
 * client and a server in one JVM hold both ends of each, and 20,000 file descriptors are more
 * than a common {@code ulimit -n} allows one process. Apart, each needs half.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final URI baseUri;

    private ServerProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /**
     * Starts the server on a free port, with this JVM's Java and class path, and waits until it
     * serves.
     */
    public static ServerProcess start() throws IOException {
        Path java = ChildProcesses.java();
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ScenarioServer.class.getName(), "--port", "0"))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = firstLine.get(30, TimeUnit.SECONDS);
            if (line == null || !line.startsWith(ScenarioServer.SERVING_ON)) {
                throw new IOException("the scenario server did not start: it said " + line);
            }
            String url = line.substring(ScenarioServer.SERVING_ON.length()).split(" ")[0];
            return new ServerProcess(process, URI.create(url));
        } catch (InterruptedException | ExecutionException | TimeoutException | IOException e) {
            process.destroyForcibly();
            throw new IOException("the scenario server did not start within 30 s: " + e, e);
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        ChildProcesses.stop(process);
    }
}
