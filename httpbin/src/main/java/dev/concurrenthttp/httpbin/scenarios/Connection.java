package dev.concurrenthttp.httpbin.scenarios;

import dev.concurrenthttp.httpbin.scenarios.Exchange.Ending;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One client connection. Its thread reads requests; each request is answered on a thread of its
 * own, while this one goes on reading. Reading is how a hang-up shows: the end of the stream, or
 * a reset, while a request is still unanswered interrupts that request's wait.
 */
final class Connection implements Runnable {

    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 302, "Found", 400, "Bad Request",
            404, "Not Found", 405, "Method Not Allowed", 500, "Internal Server Error");

    private final Socket socket;
    private final Scenarios scenarios;
    private final Tally tally;

    Connection(Socket socket, Scenarios scenarios, Tally tally) {
        this.socket = socket;
        this.scenarios = scenarios;
        this.tally = tally;
    }

    @Override
    public void run() {
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Request request;
            // tag::hang-up[]
            while ((request = readOrRefuse(in)) != null) {
                Request current = request;
                Thread answering = Thread.ofVirtual().name("scenario-answer").start(() -> answer(current));
                boolean more = moreComing(in); // blocks until the next request, or a hang-up
                if (!more) {
                    answering.interrupt(); // a no-op if it was answered already
                }
                answering.join();
                if (!more || current.close() || socket.isClosed()) {
                    return;
                }
            }
            // end::hang-up[]
        } catch (IOException | InterruptedException e) {
            // the connection is gone, or the server is closing: nothing to answer
        } finally {
            closeQuietly();
            tally.connectionClosed();
        }
    }

    /** The next request, or null at the end of the stream or after answering one it cannot read with a 400. */
    private Request readOrRefuse(InputStream in) throws IOException {
        try {
            return Request.read(in);
        } catch (Request.MalformedException e) {
            write(400, e.getMessage(), true);
            return null;
        }
    }

    /** Waits for the next byte without taking it: false if the client closed or reset the connection. */
    private static boolean moreComing(InputStream in) {
        try {
            in.mark(1);
            boolean more = in.read() >= 0;
            in.reset();
            return more;
        } catch (IOException e) {
            return false;
        }
    }

    private void answer(Request request) {
        int scenario = Scenarios.number(request);
        long arrived = System.nanoTime();
        tally.arrived(scenario);
        Ending ending = Ending.HUNG_UP;
        int status = 0;
        try {
            switch (scenarios.answer(request)) {
                case Answer.Text text -> {
                    if (write(text.status(), text.body(), request.close())) {
                        ending = Ending.ANSWERED;
                        status = text.status();
                    }
                }
                case Answer.Close close -> {
                    closeQuietly();
                    ending = Ending.CLOSED_BY_SERVER;
                }
            }
        } catch (InterruptedException e) {
            closeQuietly(); // the client hung up, or the server is closing
        } finally {
            tally.ended(new Exchange(scenario, arrived, System.nanoTime(), ending, status));
        }
    }

    private boolean write(int status, String body, boolean close) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + REASONS.getOrDefault(status, "Status") + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + bytes.length + "\r\n"
                + (close ? "Connection: close\r\n" : "") + "\r\n";
        try {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            if (close) {
                socket.shutdownOutput();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void closeQuietly() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that was asked
        }
    }
}
