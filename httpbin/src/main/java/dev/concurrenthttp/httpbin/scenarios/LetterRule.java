package dev.concurrenthttp.httpbin.scenarios;

import static dev.concurrenthttp.httpbin.scenarios.Answer.text;
import static dev.concurrenthttp.httpbin.scenarios.Answer.untilHangUp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Scenario 9: once ten requests are in, five get a 500 and five get one letter each of
 * {@code right}, the n-th letter after n seconds (0 to 4), dealt to the requests at random.
 */
final class LetterRule {

    private static final int REQUESTS = 10;

    private record Letter(char letter, int delaySeconds) {
    }

    private final Round<Signal<BlockingQueue<Optional<Letter>>>> round = new Round<>(Signal::new);

    Answer answer() throws InterruptedException {
        return round.play((position, deal) -> {
            if (position < REQUESTS) {
                return answer(deal.await().take());
            }
            if (position == REQUESTS) {
                deal.set(shuffledDeal());
                return answer(deal.await().take());
            }
            return untilHangUp();
        });
    }

    private static Answer answer(Optional<Letter> dealt) throws InterruptedException {
        if (dealt.isEmpty()) {
            return text(500, "wrong");
        }
        Thread.sleep(dealt.get().delaySeconds() * 1000L);
        return text(200, String.valueOf(dealt.get().letter()));
    }

    private static BlockingQueue<Optional<Letter>> shuffledDeal() {
        List<Optional<Letter>> deal = new ArrayList<>();
        String word = Answer.RIGHT;
        for (int i = 0; i < word.length(); i++) {
            deal.add(Optional.of(new Letter(word.charAt(i), i)));
            deal.add(Optional.empty());
        }
        Collections.shuffle(deal);
        return new LinkedBlockingQueue<>(deal);
    }
}
