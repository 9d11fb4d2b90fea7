package dev.concurrenthttp.step5;

import static dev.concurrenthttp.step5.ThreadRace.shield;

import dev.concurrenthttp.step4.Session;
import dev.concurrenthttp.support.Response;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * What the two blocking styles, {@code threads} and {@code scope}, call: step 4's blocking
 * {@link Session}, and the parts of scenarios 8 and 10 that run on one thread. The styles
 * differ only in how they run these calls together.
 */
final class BlockingCalls implements AutoCloseable {

    private final URI base;
    private final Session session = new Session(Course.CROWD, Course.DEADLINE); // each request's own deadline

    BlockingCalls(URI base) {
        this.base = base;
    }

    // tag::get[]
    /** {@code GET pathAndQuery}, made when called: the body of a 2xx answer, else an exception. */
    Callable<String> get(String pathAndQuery) {
        return () -> session.get(base.resolve(pathAndQuery)).raiseForStatus().text();
    }
    // end::get[]

    // tag::resource[]
    /** Scenario 8's racer: opens a resource, uses it, and closes it however the use ended. */
    String openUseClose() throws Exception {
        String id = get("/8?open").call();
        try {
            return get("/8?use=" + id).call();
        } finally {
            shield(get("/8?close=" + id)); // a loser is interrupted, and must still close
        }
    }
    // end::resource[]

    // tag::load[]
    /**
     * Hashes until interrupted, on the virtual thread that calls it: that keeps one carrier
     * busy, and the others carry everything else. On a single core nothing else would run.
     */
    static String busy() {
        Cpu.hashUntil(Thread.currentThread()::isInterrupted);
        throw new CancellationException("stopped hashing");
    }

    /** Scenario 10's reporter: the load once a second, until an answer other than 302 (go on). */
    String report(String id) throws Exception {
        Cpu.EverySecond clock = new Cpu.EverySecond();
        while (true) {
            Thread.sleep(clock.untilNext());
            Response reply = session.get(base.resolve("/10?" + id + "=" + Cpu.busyCores()));
            if (reply.ok()) {
                return reply.text();
            }
            if (reply.status() != 302) {
                throw new VerdictException(reply.status(), reply.text());
            }
        }
    }
    // end::load[]

    @Override
    public void close() {
        session.close();
    }
}
