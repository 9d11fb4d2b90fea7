package dev.concurrenthttp.step5;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A race in which every racer failed: the failures (in the order they happened where the race
 * sees it, else in the racers' order), the first as the cause and the others suppressed, as an
 * {@code ExceptionGroup} holds a task group's failures.
 */
public final class AllFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Throwable> failures;

    public AllFailedException(List<? extends Throwable> failures) {
        super("every racer failed: " + failures.stream().map(AllFailedException::describe)
                .collect(Collectors.joining("; ")), failures.isEmpty() ? null : failures.getFirst());
        this.failures = List.copyOf(failures);
        failures.stream().skip(1).forEach(this::addSuppressed);
    }

    public List<Throwable> failures() {
        return failures;
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
