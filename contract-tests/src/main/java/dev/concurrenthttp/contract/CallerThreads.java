package dev.concurrenthttp.contract;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The two kinds of thread a blocking call may be made from, for a parameterized test: a deadline
 * must hold on both, and an interrupt wakes a virtual thread blocked on a socket, not a platform one.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "called from {0}")
 * @MethodSource("dev.concurrenthttp.contract.CallerThreads#platformAndVirtual")
 * void endsAtItsDeadline(Thread.Builder callers) { ... callers.start(() -> ...) ... }
 * }</pre>
 */
public final class CallerThreads {

    private CallerThreads() {
    }

    public static Stream<Named<Thread.Builder>> platformAndVirtual() {
        return Stream.of(Named.of("a platform thread, as main", Thread.ofPlatform()),
                Named.of("a virtual thread", Thread.ofVirtual()));
    }
}
