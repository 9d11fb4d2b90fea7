package dev.concurrenthttp.httpbin.scenarios;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One request on a socket of its own, read by hand: what the server did is plain to see. */
final class RawClient implements AutoCloseable {

    /** What came back: a status and body, or the connection closed without either. */
    record Reply(int status, String body) {
        static final Reply CLOSED = new Reply(0, "");
    }

    private final Socket socket;
    private final InputStream in;

    private RawClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    /** Sends {@code GET target} and returns without waiting for the answer. */
    static RawClient get(URI base, String target) {
        return send(base, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }

    static RawClient send(URI base, String raw) {
        try {
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new RawClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer, waiting at most {@code within}; {@link Reply#CLOSED} if the server closed instead. */
    Reply reply(Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        String statusLine = line();
        if (statusLine == null) {
            return Reply.CLOSED;
        }
        int length = 0;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            if (header.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new Reply(Integer.parseInt(statusLine.split(" ")[1]), body);
    }

    /** True if nothing at all came back for {@code quiet}. */
    boolean silentFor(Duration quiet) throws IOException {
        socket.setSoTimeout((int) quiet.toMillis());
        try {
            in.mark(1);
            in.read(); // a byte, or the end of the stream: either way, not silent
            in.reset();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                return line.isEmpty() ? null : line.toString();
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** Hangs up, as a client that cancels its request does. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
