package dev.concurrenthttp.step4;

import dev.concurrenthttp.contract.ConcurrentFetcherContract;
import dev.concurrenthttp.support.Fetcher;
import java.util.Map;
import javax.net.ssl.SSLContext;

class VirtualThreadFetcherTest extends ConcurrentFetcherContract {

    @Override
    protected Fetcher newFetcher() {
        return new VirtualThreadFetcher();
    }

    @Override
    protected Fetcher newFetcher(Map<String, String> headers, SSLContext trust) {
        return new VirtualThreadFetcher(headers, trust);
    }
}
