package dev.concurrenthttp.step4;

import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.BlockingRetry;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.PreparedClient;
import dev.concurrenthttp.support.Tls;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * Step 4 behind the shared {@link Fetcher} interface: a blocking call per URL on a virtual
 * thread of its own, at most {@code limit} of them past the semaphore at once, each sent again
 * after a failure if the batch's retry policy says so.
 */
public final class VirtualThreadFetcher implements Fetcher {

    private static final long NEVER_STARTED = Long.MIN_VALUE;

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
                .<Callable<Outcome>>map(url -> () -> fetch(session, inFlight, url, batch))
                .toList();
        return Gather.gatherReturningExceptions(calls).stream().map(Future::resultNow).toList();
    }

    // tag::limited[]
    private static Outcome fetch(Session session, Semaphore inFlight, URI url, Batch batch) {
        long queued = System.nanoTime();
        AtomicLong started = new AtomicLong(NEVER_STARTED);
        // One deadline from now for every attempt and every wait between them (chapter 5); each
        // attempt takes a permit of its own, so a request waiting to retry holds no slot.
        Outcome outcome = Outcome.timed(url, batch.timeout(), () -> BlockingRetry.call(batch.retries(), url,
                batch.timeout(), left -> attempt(session, inFlight, url, left, started)));
        // One that timed out waiting for its first permit started when it was asked for.
        long start = started.get() == NEVER_STARTED ? queued : started.get();
        return switch (outcome) {
            case Outcome.Success s -> new Outcome.Success(url, s.body(), start, s.endNanos());
            case Outcome.Failure f -> new Outcome.Failure(url, f.error(), start, f.endNanos());
        };
    }

    private static String attempt(Session session, Semaphore inFlight, URI url, Duration left, AtomicLong started)
            throws Exception {
        long asked = System.nanoTime();
        if (!inFlight.tryAcquire(left.toNanos(), TimeUnit.NANOSECONDS)) { // the wait counts against the deadline
            throw new TimeoutException("no free slot within the deadline");
        }
        try {
            long now = System.nanoTime();
            Duration rest = left.minusNanos(now - asked);
            if (rest.isNegative() || rest.isZero()) { // the permit came just as the deadline passed
                throw new TimeoutException("the permit came as the deadline passed");
            }
            started.compareAndSet(NEVER_STARTED, now);
            return session.get(url, rest).raiseForStatus().text();
        } finally {
            inFlight.release();
        }
    }
    // end::limited[]

    @Override
    public void close() {
        sessions.close();
    }
}
