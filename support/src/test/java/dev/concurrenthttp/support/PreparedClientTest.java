package dev.concurrenthttp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedClientTest {

    private static final List<URI> URLS = List.of(URI.create("http://127.0.0.1/uuid"));

    /** A stand-in client that remembers the batch it was sized for and whether it was closed. */
    private static final class Pool {
        final int limit;
        boolean closed;

        Pool(Batch batch) {
            this.limit = batch.limit();
        }
    }

    private final List<Pool> opened = new ArrayList<>();
    private final PreparedClient<Pool> pools = new PreparedClient<>(batch -> {
        Pool pool = new Pool(batch);
        opened.add(pool);
        return pool;
    }, pool -> pool.closed = true);

    @Test
    void batchesOfThePreparedShapeShareOneClientUntilClose() {
        Batch batch = new Batch(URLS, 50, Duration.ofSeconds(5));
        pools.prepare(batch);

        Pool first = pools.use(batch, pool -> pool);
        Pool second = pools.use(new Batch(URLS, 50, Duration.ofSeconds(5)), pool -> pool);

        assertThat(opened).hasSize(1).containsExactly(first);
        assertThat(second).isSameAs(first);
        assertThat(first.closed).isFalse();
        pools.close();
        assertThat(first.closed).isTrue();
    }

    @Test
    void aBatchOfAnotherShapeGetsAClientOfItsOwnClosedAfterIt() {
        pools.prepare(new Batch(URLS, 50, Duration.ofSeconds(5)));

        Pool own = pools.use(new Batch(URLS, 7, Duration.ofSeconds(5)), pool -> pool);
        Pool longer = pools.use(new Batch(URLS, 50, Duration.ofSeconds(6)), pool -> pool);

        assertThat(opened).hasSize(3);
        assertThat(own.limit).isEqualTo(7);
        assertThat(own.closed).isTrue();
        assertThat(longer.closed).isTrue();
        assertThat(opened.get(0).closed).isFalse();
    }

    @Test
    void withoutPrepareEveryBatchOpensAndClosesItsOwn() {
        Pool own = pools.use(new Batch(URLS, 3, Duration.ofSeconds(1)), pool -> {
            assertThat(pool.closed).isFalse();
            return pool;
        });

        assertThat(own.closed).isTrue();
    }

    @Test
    void preparingAgainClosesTheClientPreparedBefore() {
        pools.prepare(new Batch(URLS, 10, Duration.ofSeconds(5)));
        pools.prepare(new Batch(URLS, 20, Duration.ofSeconds(5)));

        assertThat(opened.get(0).closed).isTrue();
        assertThat(opened.get(1).closed).isFalse();
    }
}
