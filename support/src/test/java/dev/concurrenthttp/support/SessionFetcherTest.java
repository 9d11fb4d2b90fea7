package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionFetcherTest {

    private static final List<URI> URLS = List.of(URI.create("http://127.0.0.1/uuid"));

    /** A stand-in session that remembers the batch it was sized for and whether it was closed. */
    private static final class Pool implements AutoCloseable {
        final int limit;
        boolean closed;

        Pool(Batch batch) {
            this.limit = batch.limit();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Opens a Pool per session, and remembers which one each batch ran on, open or not then. */
    private static final class PoolFetcher extends SessionFetcher<Pool> {
        final List<Pool> opened = new ArrayList<>();
        final List<Pool> used = new ArrayList<>();
        final List<Boolean> openWhenUsed = new ArrayList<>();

        @Override
        protected Pool open(Batch batch) {
            Pool pool = new Pool(batch);
            opened.add(pool);
            return pool;
        }

        @Override
        protected List<Outcome> fetchAll(Pool session, Batch batch) {
            used.add(session);
            openWhenUsed.add(!session.closed);
            return List.of();
        }
    }

    private final PoolFetcher pools = new PoolFetcher();

    @Test
    void batchesOfThePreparedShapeShareOneSessionUntilClose() {
        Batch batch = new Batch(URLS, 50, Duration.ofSeconds(5));
        pools.prepare(batch);

        pools.fetchAll(batch);
        pools.fetchAll(new Batch(URLS, 50, Duration.ofSeconds(5)));

        assertThat(pools.opened).hasSize(1);
        Pool first = pools.opened.getFirst();
        assertThat(pools.used).containsExactly(first, first);
        assertThat(first.closed).isFalse();
        pools.close();
        assertThat(first.closed).isTrue();
    }

    @Test
    void aBatchOfAnotherShapeGetsASessionOfItsOwnClosedAfterIt() {
        pools.prepare(new Batch(URLS, 50, Duration.ofSeconds(5)));

        pools.fetchAll(new Batch(URLS, 7, Duration.ofSeconds(5)));
        pools.fetchAll(new Batch(URLS, 50, Duration.ofSeconds(6)));

        assertThat(pools.opened).hasSize(3);
        Pool own = pools.used.get(0);
        Pool longer = pools.used.get(1);
        assertThat(own.limit).isEqualTo(7);
        assertThat(own.closed).isTrue();
        assertThat(longer.closed).isTrue();
        assertThat(pools.opened.get(0).closed).isFalse();
    }

    @Test
    void withoutPrepareEveryBatchOpensAndClosesItsOwn() {
        pools.fetchAll(new Batch(URLS, 3, Duration.ofSeconds(1)));

        assertThat(pools.openWhenUsed).containsExactly(true);
        assertThat(pools.used.getFirst().closed).isTrue();
    }

    @Test
    void preparingAgainClosesTheSessionPreparedBefore() {
        pools.prepare(new Batch(URLS, 10, Duration.ofSeconds(5)));
        pools.prepare(new Batch(URLS, 20, Duration.ofSeconds(5)));

        assertThat(pools.opened.get(0).closed).isTrue();
        assertThat(pools.opened.get(1).closed).isFalse();
    }
}
