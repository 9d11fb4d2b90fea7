package dev.concurrenthttp.httpbin.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.httpbin.scenarios.Exchange.Ending;
import dev.concurrenthttp.httpbin.scenarios.RawClient.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each rule of the course, driven from raw sockets: who gets what, and when. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ScenarioServerTest {

    static final Duration QUIET = Duration.ofMillis(300);
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ScenarioServer server = ScenarioServer.start(0, 5);
    private final List<RawClient> clients = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (RawClient client : clients) {
            client.close();
        }
        server.close();
    }

    private RawClient get(String target) {
        RawClient client = RawClient.get(server.baseUri(), target);
        clients.add(client);
        return client;
    }

    /** Waits until the server has seen {@code scenario}'s pending requests drop to {@code count}. */
    static void awaitCount(IntSupplier counter, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (counter.getAsInt() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(counter.getAsInt()).isEqualTo(count);
    }

    private void arrive(int scenario, int count) throws InterruptedException {
        awaitCount(() -> server.pending(scenario), count);
    }

    @Test
    void scenario1TheFirstIsRightOnceTheSecondIsInAndTheSecondNeverAnswers() throws Exception {
        RawClient first = get("/1");
        arrive(1, 1);
        assertThat(first.silentFor(QUIET)).as("alone, the first waits").isTrue();
        RawClient second = get("/1");

        assertThat(first.reply(PATIENCE)).isEqualTo(new Reply(200, "right"));
        assertThat(second.silentFor(QUIET)).isTrue();
        assertThat(server.pending(1)).isEqualTo(1);
        second.close();
        arrive(1, 0);
        assertThat(server.exchanges(1)).extracting(Exchange::ending).containsExactly(Ending.ANSWERED, Ending.HUNG_UP);
    }

    @Test
    void aLoserLeftOpenSpoilsTheNextRun() throws Exception {
        RawClient first = get("/1");
        arrive(1, 1);
        get("/1");
        assertThat(first.reply(PATIENCE).body()).isEqualTo("right");

        RawClient next = get("/1"); // the loser of the first run is still in flight: this one comes second
        assertThat(next.silentFor(QUIET)).isTrue();
    }

    @Test
    void scenario2ClosesTheSecondsConnectionAndAnswersTheFirstASecondLater() throws Exception {
        RawClient first = get("/2");
        arrive(2, 1);
        long start = System.nanoTime();
        RawClient second = get("/2");

        assertThat(second.reply(PATIENCE)).isEqualTo(Reply.CLOSED);
        assertThat(first.reply(PATIENCE)).isEqualTo(new Reply(200, "right"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
        arrive(2, 0);
    }

    @Test
    void scenario3AnswersOnlyTheLastOfTheCrowd() throws Exception {
        List<RawClient> crowd = new ArrayList<>();
        for (int i = 1; i < 5; i++) {
            crowd.add(get("/3"));
            arrive(3, i);
        }
        RawClient last = get("/3");

        assertThat(last.reply(PATIENCE)).isEqualTo(new Reply(200, "right"));
        for (RawClient loser : crowd) {
            assertThat(loser.silentFor(Duration.ofMillis(50))).isTrue();
            loser.close();
        }
        arrive(3, 0);
    }

    @Test
    void scenario4AnswersTheOthersOnceOneIsCancelled() throws Exception {
        RawClient patient = get("/4");
        RawClient timedOut = get("/4");
        arrive(4, 2);
        assertThat(patient.silentFor(QUIET)).isTrue();

        timedOut.close();

        assertThat(patient.reply(PATIENCE)).isEqualTo(new Reply(200, "right"));
        arrive(4, 0);
    }

    @Test
    void scenario5GivesTheFirstA500AndTheSecondRightASecondLater() throws Exception {
        RawClient first = get("/5");
        arrive(5, 1);
        RawClient second = get("/5");

        assertThat(first.reply(PATIENCE)).isEqualTo(new Reply(500, "wrong"));
        assertThat(second.silentFor(Duration.ofMillis(500))).as("not before a second has passed").isTrue();
        assertThat(second.reply(PATIENCE)).isEqualTo(new Reply(200, "right"));
    }

    @Test
    void scenario6GivesA500ThenRightThenNothing() throws Exception {
        RawClient first = get("/6");
        arrive(6, 1);
        RawClient second = get("/6");
        arrive(6, 2);
        RawClient third = get("/6");

        assertThat(first.reply(PATIENCE)).isEqualTo(new Reply(500, "wrong"));
        assertThat(second.reply(PATIENCE)).isEqualTo(new Reply(200, "right"));
        assertThat(third.silentFor(QUIET)).isTrue();
        third.close();
        arrive(6, 0);
    }

    @Test
    void scenario7IsRightOnlyForAHedgeThatCameMoreThanTwoSecondsLater() throws Exception {
        RawClient early = get("/7");
        arrive(7, 1);
        Thread.sleep(200);
        RawClient tooSoon = get("/7");
        assertThat(early.reply(PATIENCE).body()).startsWith("wrong: the hedge came 0.");
        tooSoon.close();
        arrive(7, 0);

        RawClient first = get("/7");
        arrive(7, 1);
        Thread.sleep(2200);
        RawClient hedge = get("/7");
        assertThat(first.reply(PATIENCE)).isEqualTo(new Reply(200, "right"));
        assertThat(hedge.silentFor(QUIET)).isTrue();
    }

    @Test
    void scenario8AnswersTheSecondUseOnceTheFailedOnesResourceIsClosed() throws Exception {
        String a = get("/8?open").reply(PATIENCE).body();
        String b = get("/8?open").reply(PATIENCE).body();
        assertThat(a).isNotEqualTo(b);
        RawClient useA = get("/8?use=" + a);
        arrive(8, 1);
        RawClient useB = get("/8?use=" + b);

        assertThat(useA.reply(PATIENCE)).isEqualTo(new Reply(500, "wrong"));
        assertThat(get("/8?close=" + b).reply(PATIENCE).status()).as("closing the other id").isEqualTo(200);
        assertThat(useB.silentFor(QUIET)).as("not yet: the failed one's id is still open").isTrue();
        assertThat(get("/8?close=" + a).reply(PATIENCE)).isEqualTo(new Reply(200, "closed"));
        assertThat(useB.reply(PATIENCE)).isEqualTo(new Reply(200, "right"));
        assertThat(get("/8?borrow").reply(PATIENCE).status()).isEqualTo(400);
    }

    @Test
    void scenario9DealsFiveFailuresAndTheLettersOfRightInOrder() throws Exception {
        List<RawClient> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(get("/9"));
        }
        List<Thread> readers = new ArrayList<>();
        StringBuffer letters = new StringBuffer();
        List<Integer> failures = new ArrayList<>();
        for (RawClient client : ten) {
            readers.add(Thread.ofVirtual().start(() -> {
                try {
                    Reply reply = client.reply(Duration.ofSeconds(10));
                    synchronized (letters) {
                        if (reply.status() == 200) {
                            letters.append(reply.body());
                        } else {
                            failures.add(reply.status());
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(letters.toString()).isEqualTo("right");
        assertThat(failures).containsExactly(500, 500, 500, 500, 500);
    }

    @Test
    void scenario11ClosesTheFirstTwoAndAnswersTheThird() throws Exception {
        RawClient first = get("/11");
        RawClient second = get("/11");
        arrive(11, 2);
        assertThat(first.silentFor(QUIET)).isTrue();
        RawClient third = get("/11");

        assertThat(third.reply(PATIENCE)).isEqualTo(new Reply(200, "right"));
        assertThat(first.reply(PATIENCE)).isEqualTo(Reply.CLOSED);
        assertThat(second.reply(PATIENCE)).isEqualTo(Reply.CLOSED);
        arrive(11, 0);
    }
}
