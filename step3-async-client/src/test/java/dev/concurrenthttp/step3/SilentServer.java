package dev.concurrenthttp.step3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A test server that reads each request and never answers, and notices when the client hangs
 * up: the one way to see, from the server's side, that a cancelled request really ended. One
 * {@link #afterOneAnswer() started otherwise} answers the first request it receives, so that
 * the client keeps the connection and sends its next request over it.
 */
public final class SilentServer implements AutoCloseable {

    private static final byte[] OK = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final boolean answerFirst;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger hangUps = new AtomicInteger();
    private final AtomicBoolean firstAnswered = new AtomicBoolean();
    private volatile boolean closing;

    private SilentServer(ServerSocket listener, boolean answerFirst) {
        this.listener = listener;
        this.answerFirst = answerFirst;
    }

    /** Never answers. */
    public static SilentServer start() {
        return start(false);
    }

    /** Answers the first request it receives with {@code 200 ok}, and none after it. */
    public static SilentServer afterOneAnswer() {
        return start(true);
    }

    private static SilentServer start(boolean answerFirst) {
        try {
            SilentServer server = new SilentServer(new ServerSocket(0, 100, InetAddress.getLoopbackAddress()), answerFirst);
            Thread.ofVirtual().name("silent-server").start(server::accept);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url(String path) {
        return url("127.0.0.1", path);
    }

    /** A URL of this server under the host name {@code host}: {@code 127.0.0.1} or {@code localhost}. */
    public URI url(String host, String path) {
        return URI.create("http://" + host + ":" + listener.getLocalPort() + path);
    }

    /** Requests read in full, answered or not. */
    public int requests() {
        return requests.get();
    }

    /** Connections the client closed or reset after sending its request. */
    public int hangUps() {
        return hangUps.get();
    }

    /** Whether {@code count} requests had arrived within {@code timeout}. */
    public boolean awaitRequests(int count, Duration timeout) throws InterruptedException {
        return await(requests::get, count, timeout);
    }

    /** Whether the client had hung up {@code count} connections within {@code timeout}. */
    public boolean awaitHangUps(int count, Duration timeout) throws InterruptedException {
        return await(hangUps::get, count, timeout);
    }

    @Override
    public void close() throws IOException {
        closing = true;
        listener.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                connections.add(connection);
                Thread.ofVirtual().start(() -> holdSilently(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void holdSilently(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            if (!readRequestHead(in)) {
                return;
            }
            requests.incrementAndGet();
            // Only the very first request is answered: a client that has not yet returned that
            // connection to its pool sends the next one over a new connection, which must stay
            // silent too.
            if (answerFirst && firstAnswered.compareAndSet(false, true)) {
                connection.getOutputStream().write(OK);
                if (!readRequestHead(in)) {
                    return;
                }
                requests.incrementAndGet();
            }
            while (in.read() >= 0) {
                // a GET has no body: anything more would be a second request, which never comes
            }
            countHangUp();
        } catch (IOException e) { // reset by the client, or closed by close()
            countHangUp();
        }
    }

    private void countHangUp() {
        if (!closing) {
            hangUps.incrementAndGet();
        }
    }

    private static boolean readRequestHead(InputStream in) throws IOException {
        int matched = 0; // of "\r\n\r\n"
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return true;
    }

    private static boolean await(IntSupplier counter, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (counter.getAsInt() < count) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
