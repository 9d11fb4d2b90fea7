package dev.concurrenthttp.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local httpbin for L1, in a JVM of its own on the server's core: {@code ServeCommand --port 0}. */
final class HttpbinServer implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("serving on (http://\\S+)");

    private final Child child;
    private final URI baseUri;

    private HttpbinServer(Child child, URI baseUri) {
        this.child = child;
        this.baseUri = baseUri;
    }

    static HttpbinServer start(List<String> pin, List<String> java, Path logs) {
        List<String> command = new ArrayList<>(pin);
        command.addAll(java);
        command.addAll(List.of("dev.concurrenthttp.httpbin.ServeCommand", "--port", "0"));
        Child child = Child.start("httpbin", command, logs);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher serving = SERVING.matcher(child.output());
            if (serving.find()) {
                return new HttpbinServer(child, URI.create(serving.group(1)));
            }
            if (!child.isAlive()) {
                break;
            }
            Waiting.pause();
        }
        child.close();
        throw new RunFailed("the local httpbin did not start within 30 s: " + child.errors().strip());
    }

    URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        child.close();
    }
}
