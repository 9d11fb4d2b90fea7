package dev.concurrenthttp.httpbin.scenarios;

import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.commandline.UntilStopped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The easyracer course's eleven scenarios, served on 127.0.0.1: {@code GET /1} to
 * {@code GET /11}, each a race whose answer is {@code right} only for a client that races,
 * cancels and times out as the scenario asks.
 *
 * <pre>{@code
 * try (ScenarioServer server = ScenarioServer.start()) {
 *     URI first = server.baseUri().resolve("/1");
 *     ...
 * }
 * }</pre>
 *
 * <p>The requests in flight to a scenario share one state, made fresh only when none is left.
 * So the server must see a loser go: each connection has a virtual thread that reads it, and
 * the end of the stream while a request waits is that request's client hanging up, which ends
 * the wait. The JDK's {@code HttpServer} would not tell a handler that its client has gone.
 *
 * <p>Its {@link #main} serves until Ctrl-C: {@code --port N} (default 8080, 0 for any free port).
 */
public final class ScenarioServer implements AutoCloseable {

    /** How many requests scenario 3 races. */
    public static final int CROWD = 10_000;

    /** What {@link #main} prints first, before the URL it serves on: a program that starts it reads the URL there. */
    public static final String SERVING_ON = "scenario server serving on ";

    /** At most 4096 on Linux by default ({@code net.core.somaxconn}); more is cut to that. */
    private static final int BACKLOG = 4096;

    private final ServerSocket listener;
    private final Tally tally = new Tally();
    private final Scenarios scenarios;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread acceptor;

    private ScenarioServer(ServerSocket listener, int crowd) {
        this.listener = listener;
        this.scenarios = new Scenarios(crowd, tally);
        this.acceptor = Thread.ofVirtual().name("scenario-server-accept").start(this::acceptUntilClosed);
    }

    /** Starts a server on a free port. */
    public static ScenarioServer start() {
        return start(0);
    }

    /**
     * Starts a server on {@code port} of 127.0.0.1, or on a free port if it is 0.
     *
     * @throws UncheckedIOException if the port cannot be bound, with a message naming it
     */
    public static ScenarioServer start(int port) {
        return start(port, CROWD);
    }

    /** A server whose scenario 3 waits for {@code crowd} requests rather than 10,000. */
    static ScenarioServer start(int port, int crowd) {
        try {
            return new ScenarioServer(new ServerSocket(port, BACKLOG, InetAddress.getLoopbackAddress()), crowd);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the scenario server on port " + port + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private void acceptUntilClosed() {
        while (!closed.get()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closed.get()) {
                    return;
                }
                // One failed accept (a client gone already) does not stop the server; a pause keeps
                // one that fails again at once (out of file descriptors) from spinning a core.
                pause();
                continue;
            }
            tally.connectionOpened();
            sockets.add(socket);
            Thread.ofVirtual().name("scenario-connection").start(() -> {
                try {
                    new Connection(socket, scenarios, tally).run();
                } finally {
                    sockets.remove(socket);
                }
            });
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Requests to scenario {@code n} (1 to 11) that have arrived and not yet ended. */
    public int pending(int n) {
        if (n < 1 || n > Scenarios.COUNT) {
            throw new IllegalArgumentException("scenarios are numbered 1 to " + Scenarios.COUNT + ", not " + n);
        }
        return tally.pending(n);
    }

    /** Client connections open now, idle ones included. */
    public int openConnections() {
        return tally.connections();
    }

    /** The requests to scenario {@code n} that have ended, the latest 50,000 at most, in the order they ended. */
    public List<Exchange> exchanges(int n) {
        return tally.exchanges().stream().filter(exchange -> exchange.scenario() == n).toList();
    }

    /** Forgets the exchanges recorded so far. */
    public void forgetExchanges() {
        tally.forgetExchanges();
    }

    /** Stops listening and closes every connection, which ends every request in progress. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            listener.close();
        } catch (IOException e) {
            // closing is all that was asked
        }
        try {
            acceptor.join(); // no connection is accepted after this, so the sweep below misses none
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // the same
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Serves until Ctrl-C. {@code --port N} (default 8080; 0 picks a free port), {@code --help}. */
    public static void main(String... args) {
        CommandLines.exit(ServeScenarios.run(args, System.out, System.err, UntilStopped::serve));
    }
}
