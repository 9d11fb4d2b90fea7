package dev.concurrenthttp.step2;

import dev.concurrenthttp.contract.ConcurrentCommandLineContract;

class MainTest extends ConcurrentCommandLineContract {

    MainTest() {
        super(Main.class, Main.COMMAND::run);
    }
}
