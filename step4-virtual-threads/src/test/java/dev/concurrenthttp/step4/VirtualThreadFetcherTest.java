package dev.concurrenthttp.step4;

import dev.concurrenthttp.contract.FetcherContract;
import dev.concurrenthttp.support.Fetcher;

class VirtualThreadFetcherTest extends FetcherContract {

    @Override
    protected Fetcher newFetcher() {
        return new VirtualThreadFetcher();
    }
}
