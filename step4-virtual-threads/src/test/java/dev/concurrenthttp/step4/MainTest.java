package dev.concurrenthttp.step4;

import dev.concurrenthttp.contract.ConcurrentCommandLineContract;
import java.io.PrintStream;

class MainTest extends ConcurrentCommandLineContract {

    @Override
    protected int run(String[] args, PrintStream out, PrintStream err) {
        return Main.run(args, out, err);
    }

    @Override
    protected Class<?> mainClass() {
        return Main.class;
    }
}
