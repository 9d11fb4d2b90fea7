package dev.concurrenthttp.step4;

import dev.concurrenthttp.contract.ConcurrentFetcherContract;
import dev.concurrenthttp.support.Fetcher;

class VirtualThreadFetcherTest extends ConcurrentFetcherContract {

    @Override
    protected Fetcher newFetcher() {
        return new VirtualThreadFetcher();
    }
}
