package dev.concurrenthttp.step4;

import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.PreparedClient;
import dev.concurrenthttp.support.RequestTimeoutException;
import dev.concurrenthttp.support.Tls;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * Step 4 behind the shared {@link Fetcher} interface: a blocking call per URL on a virtual
 * thread of its own, at most {@code limit} of them past the semaphore at once.
 */
public final class VirtualThreadFetcher implements Fetcher {

    private final Map<String, String> headers;
    private final SSLContext sslContext;
    private final PreparedClient<Session> sessions = new PreparedClient<>(this::open, Session::close);

    public VirtualThreadFetcher() {
        this(Map.of(), Tls.systemDefault());
    }

    /** Each batch's session sends {@code headers} and trusts whom {@code sslContext} trusts. */
    public VirtualThreadFetcher(Map<String, String> headers, SSLContext sslContext) {
        this.headers = Map.copyOf(headers);
        this.sslContext = sslContext;
    }

    @Override
    public void prepare(Batch batch) {
        sessions.prepare(batch);
    }

    @Override
    public List<Outcome> fetchAll(Batch batch) {
        return sessions.use(batch, session -> fetchAll(session, batch));
    }

    private Session open(Batch batch) {
        return new Session(batch.limit(), batch.timeout(), headers, sslContext);
    }

    private static List<Outcome> fetchAll(Session session, Batch batch) {
        Semaphore inFlight = new Semaphore(batch.limit());
        List<Callable<Outcome>> calls = batch.urls().stream()
                .<Callable<Outcome>>map(url -> () -> fetch(session, inFlight, url, batch.timeout()))
                .toList();
        return Gather.gatherReturningExceptions(calls).stream().map(Future::resultNow).toList();
    }

    // tag::limited[]
    private static Outcome fetch(Session session, Semaphore inFlight, URI url, Duration timeout)
            throws InterruptedException {
        long queued = System.nanoTime();
        if (!inFlight.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) { // the wait counts against the deadline
            return timedOut(url, timeout, queued);
        }
        try {
            Duration left = timeout.minusNanos(System.nanoTime() - queued);
            if (left.isNegative() || left.isZero()) { // the permit came just as the deadline passed
                return timedOut(url, timeout, queued);
            }
            return Outcome.timed(url, timeout, () -> session.get(url, left).raiseForStatus().text());
        } finally {
            inFlight.release();
        }
    }
    // end::limited[]

    private static Outcome timedOut(URI url, Duration timeout, long since) {
        return new Outcome.Failure(url, new RequestTimeoutException(url, timeout, null), since, System.nanoTime());
    }

    @Override
    public void close() {
        sessions.close();
    }
}
