package dev.concurrenthttp.step4;

import dev.concurrenthttp.contract.ConcurrentCommandLineContract;

class MainTest extends ConcurrentCommandLineContract {

    MainTest() {
        super(Main.class, Main.COMMAND::run);
    }
}
