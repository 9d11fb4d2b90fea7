package dev.concurrenthttp.httpbin.scenarios;

import static dev.concurrenthttp.httpbin.scenarios.Answer.right;
import static dev.concurrenthttp.httpbin.scenarios.Answer.text;
import static dev.concurrenthttp.httpbin.scenarios.Answer.untilHangUp;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Scenario 8: {@code ?open} returns a new id, {@code ?use=ID} races, {@code ?close=ID} closes.
 * The first use to arrive gets a 500 once the second is in; the second waits until the failed
 * one's id is closed, then gets right.
 */
final class ResourceRule {

    private static final class Uses {
        final Signal<String> firstId = new Signal<>();
        final Signal<Void> secondIn = new Signal<>();
        private final Set<String> closed = new HashSet<>();

        synchronized void closed(String id) {
            closed.add(id);
            notifyAll();
        }

        synchronized void awaitClosed(String id) throws InterruptedException {
            while (!closed.contains(id)) {
                wait();
            }
        }
    }

    private final Round<Uses> uses = new Round<>(Uses::new);

    Answer answer(String query) throws InterruptedException {
        if (query.equals("open")) {
            return text(200, UUID.randomUUID().toString());
        }
        if (query.startsWith("use=") && query.length() > 4) {
            return use(query.substring(4));
        }
        if (query.startsWith("close=") && query.length() > 6) {
            uses.current().ifPresent(round -> round.closed(query.substring(6)));
            return text(200, "closed");
        }
        return text(400, "scenario 8 takes ?open, ?use=ID or ?close=ID, not ?" + query);
    }

    private Answer use(String id) throws InterruptedException {
        return uses.play((position, round) -> {
            if (position == 1) {
                round.firstId.set(id);
                round.secondIn.await();
                return text(500, "wrong");
            }
            if (position == 2) {
                round.secondIn.set(null);
                round.awaitClosed(round.firstId.await());
                return right();
            }
            return untilHangUp();
        });
    }
}
