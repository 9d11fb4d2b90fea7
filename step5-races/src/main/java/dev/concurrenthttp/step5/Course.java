package dev.concurrenthttp.step5;

import dev.concurrenthttp.httpbin.scenarios.ScenarioServer;
import java.time.Duration;

/**
 * The easyracer course: eleven races against the scenario server, each answered {@code right}
 * by a client that races, cancels its losers and keeps its deadlines as the scenario asks.
 * One implementation per style; each method is one scenario, and returns what the winner said.
 */
public interface Course extends AutoCloseable {

    /** Each scenario's deadline, for all its requests together. */
    Duration DEADLINE = Duration.ofSeconds(60);

    /** How many requests scenario 3 races: as many as the server waits for. */
    int CROWD = ScenarioServer.CROWD;

    /** 1. Race 2 requests. */
    String scenario1() throws Exception;

    /** 2. Race 2 requests, one of which fails: its connection is closed. */
    String scenario2() throws Exception;

    /** 3. Race 10,000 requests. */
    String scenario3() throws Exception;

    /** 4. Race 2 requests, one with a 1 second timeout. */
    String scenario4() throws Exception;

    /** 5. Race 2 requests, where a non-200 answer loses. */
    String scenario5() throws Exception;

    /** 6. Race 3 requests, where a non-200 answer loses. */
    String scenario6() throws Exception;

    /** 7. Hedge: a second request 3 seconds after the first, if it has not answered. */
    String scenario7() throws Exception;

    /** 8. Race 2 racers that each open a resource, use it and always close it. */
    String scenario8() throws Exception;

    /**
     * 9. Make 10 requests; the letters of those that succeed, in the order they came, spell the
     * answer.
     */
    String scenario9() throws Exception;

    /**
     * 10. Keep a CPU busy while a request is open, stop when it ends, and report the load once
     * a second.
     */
    String scenario10() throws Exception;

    /** 11. Race a request against a race of two requests. */
    String scenario11() throws Exception;

    /** Scenario {@code n}, 1 to 11. */
    default String scenario(int n) throws Exception {
        return switch (n) {
            case 1 -> scenario1();
            case 2 -> scenario2();
            case 3 -> scenario3();
            case 4 -> scenario4();
            case 5 -> scenario5();
            case 6 -> scenario6();
            case 7 -> scenario7();
            case 8 -> scenario8();
            case 9 -> scenario9();
            case 10 -> scenario10();
            case 11 -> scenario11();
            default -> throw new IllegalArgumentException("scenarios are numbered 1 to 11, not " + n);
        };
    }

    /** Ends whatever is still in flight and closes the client, its connections with it. */
    @Override
    void close();
}
