package dev.concurrenthttp.step4;

import dev.concurrenthttp.contract.ThreeUrlsContract;

class ThreeUrlsTest extends ThreeUrlsContract {

    @Override
    protected Class<?> recipe() {
        return ThreeUrls.class;
    }

    @Override
    protected int expectedPeakInFlight() {
        return 3;
    }
}
