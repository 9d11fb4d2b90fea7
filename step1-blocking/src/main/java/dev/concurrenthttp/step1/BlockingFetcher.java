package dev.concurrenthttp.step1;

import dev.concurrenthttp.support.Batch;
import dev.concurrenthttp.support.BlockingRetry;
import dev.concurrenthttp.support.Fetcher;
import dev.concurrenthttp.support.Outcome;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 1 behind the shared {@link Fetcher} interface: the same loop, with each request timed,
 * and sent again after a failure if the batch's retry policy says so.
 */
public final class BlockingFetcher implements Fetcher {

    private final BlockingClient client;

    public BlockingFetcher() {
        this(new BlockingClient());
    }

    /** Fetches with {@code client}, and closes it when closed. */
    public BlockingFetcher(BlockingClient client) {
        this.client = client;
    }

    @Override
    public List<Outcome> fetchAll(Batch batch) {
        List<Outcome> outcomes = new ArrayList<>();
        for (URI url : batch.urls()) {
            outcomes.add(Outcome.timed(url, batch.timeout(), () ->
                    BlockingRetry.call(batch.retryPolicy(), url, batch.timeout(), left -> client.fetch(url, left))));
        }
        return outcomes;
    }

    @Override
    public void close() {
        client.close();
    }
}
