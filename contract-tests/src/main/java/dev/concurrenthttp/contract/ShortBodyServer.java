package dev.concurrenthttp.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A raw socket server whose every response promises more than it sends: {@code Content-Length:
 * 100}, then 10 bytes, then it closes the connection. WireMock cannot stage this: its server
 * always sends the body it declares.
 */
public final class ShortBodyServer implements AutoCloseable {

    private static final byte[] RESPONSE = ("HTTP/1.1 200 OK\r\n"
            + "Content-Type: text/plain\r\n"
            + "Content-Length: 100\r\n"
            + "\r\n"
            + "only ten.\n").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;

    private ShortBodyServer(ServerSocket listener) {
        this.listener = listener;
    }

    public static ShortBodyServer start() {
        try {
            ShortBodyServer server = new ShortBodyServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread.ofVirtual().name("short-body-server").start(server::acceptUntilClosed);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + path);
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptUntilClosed() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                Thread.ofVirtual().start(() -> answerShort(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void answerShort(Socket connection) {
        try (connection) {
            // Read the request first: closing with unread bytes would send a reset, not a short body.
            skipRequestHead(connection.getInputStream());
            connection.getOutputStream().write(RESPONSE);
            connection.getOutputStream().flush();
        } catch (IOException e) {
            // the client hung up first: nothing to do
        }
    }

    private static void skipRequestHead(InputStream in) throws IOException {
        int matched = 0; // how much of "\r\n\r\n" the last bytes were
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b != -1; b = in.read()) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                return;
            }
        }
    }
}
