package dev.concurrenthttp.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** nginx for T1, started from a generated {@link NginxConfig} in a directory of its own. */
final class NginxServer implements AutoCloseable {

    private final Child child;
    private final URI baseUri;

    private NginxServer(Child child, URI baseUri) {
        this.child = child;
        this.baseUri = baseUri;
    }

    static NginxServer start(Path nginx, List<String> pin, Path dir) {
        int port = Waiting.freePort();
        Path config = dir.resolve("nginx.conf");
        try {
            Files.createDirectories(dir);
            Files.writeString(config, NginxConfig.render(dir, port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(pin);
        command.addAll(List.of(nginx.toString(), "-p", dir.toAbsolutePath().toString(), "-c", config.toAbsolutePath().toString(),
                "-e", dir.resolve("error.log").toAbsolutePath().toString()));
        Child child = Child.start("nginx", command, dir);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Waiting.accepts(port)) {
                return new NginxServer(child, URI.create("http://127.0.0.1:" + port));
            }
            Waiting.pause();
        }
        child.close();
        throw new RunFailed("nginx did not start on port " + port + " within 10 s: "
                + (child.errors() + read(dir.resolve("error.log"))).strip());
    }

    URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        child.close();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
