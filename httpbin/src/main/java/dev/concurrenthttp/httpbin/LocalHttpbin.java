package dev.concurrenthttp.httpbin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An httpbin-compatible server on the loopback interface, started inside the running JVM, so
 * that the tutorial's steps, tests and workshops need no network and no httpbin.org.
 *
 * <p>It answers {@code /get}, {@code /headers}, {@code /user-agent}, {@code /uuid}, {@code /ip},
 * {@code /delay/{seconds}}, {@code /status/{codes}}, {@code /bytes/{n}} and {@code /drip} with
 * httpbin's status codes, content types and JSON shapes. Each request runs on its own virtual
 * thread, so thousands of slow {@code /delay} requests can be in flight at once.
 *
 * <pre>{@code
 * try (LocalHttpbin httpbin = LocalHttpbin.start()) {
 *     URI uuid = httpbin.baseUri().resolve("/uuid");
 *     ...
 * }
 * }</pre>
 *
 * <p>It needs nothing but the JDK: {@code java -cp httpbin/target/classes Recipe.java} runs a
 * one-file program that starts it. {@link ServeCommand} is its command line.
 */
public final class LocalHttpbin implements AutoCloseable {

    /** At most 4096 on Linux by default ({@code net.core.somaxconn}); more is cut to that. */
    private static final int BACKLOG = 4096;

    static {
        // The JDK server reads these once, when its classes load, so they are set before the
        // first HttpServer.create; a value the user set wins.
        // Nagle's algorithm would hold back a small response on a keep-alive connection.
        setUnlessSet("sun.net.httpserver.nodelay", "true");
        // Past 200 idle keep-alive connections, the server closes each connection the moment
        // its response is written: a client with a larger pool would reconnect for every request.
        setUnlessSet("sun.net.httpserver.maxIdleConnections", "10000");
        // maxReqTime and maxRspTime stay unset (no limit): a limit would cut a slow /drip short.
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final FailSafeHandler routes;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalHttpbin(HttpServer server, ExecutorService executor, FailSafeHandler routes) {
        this.server = server;
        this.executor = executor;
        this.routes = routes;
    }

    /** Starts a server on a free port. */
    public static LocalHttpbin start() {
        return start(0);
    }

    /**
     * Starts a server on {@code port} of 127.0.0.1, or on a free port if it is 0.
     *
     * @throws UncheckedIOException if the port cannot be bound, with a message naming it
     */
    public static LocalHttpbin start(int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local httpbin on port " + port + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        FailSafeHandler routes = new FailSafeHandler(new Routes());
        server.setExecutor(executor);
        server.createContext("/", routes);
        server.start();
        return new LocalHttpbin(server, executor, routes);
    }

    /**
     * Starts a server on a free port, on daemon threads: it serves until the program ends, and
     * does not keep the program running, so a program can start it in one line and need not
     * close it. Tests and long-lived programs use {@link #start()} and close the server.
     */
    public static LocalHttpbin startDaemon() {
        FutureTask<LocalHttpbin> starting = new FutureTask<>(LocalHttpbin::start);
        // The JDK server's dispatcher thread is a daemon if the thread that starts it is one.
        Thread.ofPlatform().daemon().name("local-httpbin-start").start(starting);
        try {
            return starting.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the local httpbin", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return baseUri().toString();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests being answered right now. */
    int inFlight() {
        return routes.inFlight();
    }

    /** Stops listening, closes every connection and ends every request in progress. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
