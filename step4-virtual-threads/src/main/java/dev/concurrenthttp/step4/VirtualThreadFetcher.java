package dev.concurrenthttp.step4;

import dev.concurrenthttp.concurrency.Settled;
import dev.concurrenthttp.concurrency.VirtualThreads;
import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.BlockingRetry;
import dev.concurrenthttp.support.Outcome;
import dev.concurrenthttp.support.SessionFetcher;
import dev.concurrenthttp.support.StartTime;
import dev.concurrenthttp.support.Tls;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * Step 4 behind the shared {@link dev.concurrenthttp.support.Fetcher} interface: a blocking call
 * per URL on a virtual thread of its own, at most {@code limit} of them past the semaphore at
 * once, each sent again after a failure if the batch's retry policy says so.
 */
public final class VirtualThreadFetcher extends SessionFetcher<Session> {

    private final Map<String, String> headers;
    private final SSLContext sslContext;

    public VirtualThreadFetcher() {
        this(Map.of(), Tls.systemDefault());
    }

    /** Each batch's session sends {@code headers} and trusts whom {@code sslContext} trusts. */
    public VirtualThreadFetcher(Map<String, String> headers, SSLContext sslContext) {
        this.headers = Map.copyOf(headers);
        this.sslContext = sslContext;
    }

    @Override
    protected Session open(Batch batch) {
        return new Session(batch.limit(), batch.timeout(), headers, sslContext);
    }

    @Override
    protected List<Outcome> fetchAll(Session session, Batch batch) {
        Semaphore inFlight = new Semaphore(batch.limit());
        List<Callable<Outcome>> calls = batch.urls().stream()
                .<Callable<Outcome>>map(url -> () -> fetch(session, inFlight, url, batch))
                .toList();
        // Each call turns its own failure into an Outcome: every one settles as a success.
        return VirtualThreads.gatherSettled(calls).stream().map(Settled::orElseThrow).toList();
    }

    // tag::limited[]
    private static Outcome fetch(Session session, Semaphore inFlight, URI url, Batch batch) {
        // It starts when an attempt gets a permit; one that never gets one takes no time at all.
        StartTime started = new StartTime();
        // One deadline from now for every attempt and every wait between them (chapter 5); each
        // attempt takes a permit of its own, so a request waiting to retry holds no slot.
        return Outcome.timed(url, batch.timeout(), started, () -> BlockingRetry.call(
                batch.retryPolicy(), url, batch.timeout(),
                left -> attempt(session, inFlight, url, left, started)));
    }

    private static String attempt(Session session, Semaphore inFlight, URI url, Duration left,
            StartTime started) throws Exception {
        long asked = System.nanoTime();
        // The wait for a permit counts against the deadline.
        if (!inFlight.tryAcquire(left.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException("no free slot within the deadline");
        }
        try {
            Duration rest = left.minusNanos(System.nanoTime() - asked);
            if (rest.isNegative() || rest.isZero()) { // the permit came just as the deadline passed
                throw new TimeoutException("the permit came as the deadline passed");
            }
            started.markNow();
            return session.get(url, rest).raiseForStatus().text();
        } finally {
            inFlight.release();
        }
    }
    // end::limited[]
}
