package dev.concurrenthttp.httpbin.scenarios;

import static dev.concurrenthttp.httpbin.scenarios.Answer.right;
import static dev.concurrenthttp.httpbin.scenarios.Answer.text;
import static dev.concurrenthttp.httpbin.scenarios.Answer.untilHangUp;

import java.time.Duration;
import java.util.Locale;

/**
 * The races of scenarios 1 to 7 and 11: each a {@link Round} whose requests wait for one another
 * and answer by their position in it. "Never answers" means: until the client hangs up.
 */
final class RaceRules {

    private static final Duration HEDGE_GAP = Duration.ofSeconds(2);

    private final int crowd;
    private final Round<Signal<Void>> first = new Round<>(Signal::new);
    private final Round<Signal<Void>> failing = new Round<>(Signal::new);
    private final Round<Signal<Void>> crowded = new Round<>(Signal::new);
    private final Round<Signal<Void>> timeout = new Round<>(Signal::new);
    private final Round<Signal<Void>> error = new Round<>(Signal::new);
    private final Round<Signal<Void>> threeWay = new Round<>(Signal::new);
    private final Round<Signal<Long>> hedge = new Round<>(Signal::new);
    private final Round<Signal<Void>> nested = new Round<>(Signal::new);

    /** @param crowd how many requests scenario 3 waits for: 10,000 on the real course */
    RaceRules(int crowd) {
        this.crowd = crowd;
    }

    /** 1. Once both are in, the first gets right; the second never answers. */
    Answer scenario1() throws InterruptedException {
        return first.play((position, bothIn) -> {
            if (position == 1) {
                bothIn.await();
                return right();
            }
            bothIn.set(null);
            return untilHangUp();
        });
    }

    /** 2. Once both are in, the second's connection is closed; the first gets right a second later. */
    Answer scenario2() throws InterruptedException {
        return failing.play((position, bothIn) -> {
            if (position == 1) {
                bothIn.await();
                Thread.sleep(1000);
                return right();
            }
            bothIn.set(null);
            return Answer.close();
        });
    }

    /** 3. The crowd-th request to arrive gets right; the others never answer. */
    Answer scenario3() throws InterruptedException {
        return crowded.play((position, unused) -> position >= crowd ? right() : untilHangUp());
    }

    /** 4. Every request waits until one of them is cancelled; then the others get right. */
    Answer scenario4() throws InterruptedException {
        return timeout.play((position, oneCancelled) -> {
            try {
                oneCancelled.await();
                return right();
            } catch (InterruptedException hungUp) {
                oneCancelled.set(null);
                throw hungUp;
            }
        });
    }

    /** 5. Once both are in, the first gets a 500; the second gets right a second later. */
    Answer scenario5() throws InterruptedException {
        return error.play((position, bothIn) -> {
            if (position == 1) {
                bothIn.await();
                return text(500, "wrong");
            }
            bothIn.set(null);
            Thread.sleep(1000);
            return right();
        });
    }

    /** 6. Once all three are in: the first gets a 500, the second right a second later, the third nothing. */
    Answer scenario6() throws InterruptedException {
        return threeWay.play((position, allIn) -> {
            if (position == 1) {
                allIn.await();
                return text(500, "wrong");
            }
            if (position == 2) {
                allIn.await();
                Thread.sleep(1000);
                return right();
            }
            allIn.set(null);
            return untilHangUp();
        });
    }

    /** 7. The first gets right only if the second came more than 2 s after it; the second never answers. */
    Answer scenario7() throws InterruptedException {
        long now = System.nanoTime();
        return hedge.play((position, secondArrived) -> {
            if (position == 1) {
                Duration gap = Duration.ofNanos(secondArrived.await() - now);
                return gap.compareTo(HEDGE_GAP) > 0 ? right() : text(200, String.format(Locale.ROOT,
                        "wrong: the hedge came %.1f s after the first request, not more than 2 s", gap.toMillis() / 1000.0));
            }
            secondArrived.set(now);
            return untilHangUp();
        });
    }

    /** 11. Once three are in, the first two have their connections closed and the third gets right. */
    Answer scenario11() throws InterruptedException {
        return nested.play((position, threeIn) -> {
            if (position < 3) {
                threeIn.await();
                return Answer.close();
            }
            if (position == 3) {
                threeIn.set(null);
                return right();
            }
            return untilHangUp();
        });
    }
}
