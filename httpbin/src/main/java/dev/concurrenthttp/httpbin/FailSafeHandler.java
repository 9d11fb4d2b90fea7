package dev.concurrenthttp.httpbin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a handler so that whatever it throws costs its client a 500, never the server or a
 * hung connection, and always closes the exchange. (The JDK server itself closes the connection
 * on an exception but sends nothing; on an {@link Error} it leaves the connection open.)
 */
final class FailSafeHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(LocalHttpbin.class.getName());

    /** A handler that may be interrupted: the server interrupts requests in progress when it closes. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final Handler handler;
    private final AtomicInteger inFlight = new AtomicInteger();

    FailSafeHandler(Handler handler) {
        this.handler = handler;
    }

    /** Requests being answered right now. */
    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void handle(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try {
            handler.handle(exchange);
        } catch (IOException | InterruptedException e) {
            // The client went away, or the server is closing: nobody is left to answer.
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, () -> exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + " failed: " + e);
            answerFailure(exchange);
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    private static void answerFailure(HttpExchange exchange) {
        if (exchange.getResponseCode() != -1) {
            return; // the headers are out: closing the exchange cuts the body short, all we can do
        }
        try {
            Pages.internalError().send(exchange);
        } catch (IOException | RuntimeException e) {
            // the exchange is closed next, and the connection with it
        }
    }
}
