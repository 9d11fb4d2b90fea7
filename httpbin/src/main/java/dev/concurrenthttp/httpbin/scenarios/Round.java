package dev.concurrenthttp.httpbin.scenarios;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state that a scenario's requests in flight share: made fresh for the first to arrive,
 * dropped when the last one leaves. A loser whose connection stays open keeps the round going,
 * and spoils the next run of the scenario.
 */
final class Round<S> {

    /** How a request plays its part, given its position (1 for the first in flight) and the shared state. */
    @FunctionalInterface
    interface Part<S> {
        Answer play(int position, S state) throws InterruptedException;
    }

    private final Supplier<S> fresh;
    private int inFlight;
    private S state;

    Round(Supplier<S> fresh) {
        this.fresh = fresh;
    }

    /** Joins the round, plays {@code part}, and leaves the round however the part ends. */
    Answer play(Part<S> part) throws InterruptedException {
        int position;
        S shared;
        synchronized (this) {
            if (inFlight++ == 0) {
                state = fresh.get();
            }
            position = inFlight;
            shared = state;
        }
        try {
            return part.play(position, shared);
        } finally {
            synchronized (this) {
                if (--inFlight == 0) {
                    state = null;
                }
            }
        }
    }

    /** The state of the round under way, if a request is in flight. */
    synchronized Optional<S> current() {
        return Optional.ofNullable(state);
    }
}
