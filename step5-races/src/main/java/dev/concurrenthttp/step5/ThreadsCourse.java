package dev.concurrenthttp.step5;

import dev.concurrenthttp.concurrency.VirtualThreads;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The course with step 4's blocking {@code Session}, each request on a virtual thread of its own. */
public final class ThreadsCourse implements Course {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private final BlockingCalls calls;

    public ThreadsCourse(URI base) {
        this.calls = new BlockingCalls(base);
    }

    // tag::scenarios[]
    // tag::scenario1[]
    @Override
    public String scenario1() throws Exception {
        return answer(() -> ThreadRace.race(get("/1"), get("/1")));
    }
    // end::scenario1[]

    @Override
    public String scenario2() throws Exception {
        return answer(() -> ThreadRace.race(get("/2"), get("/2")));
    }

    @Override
    public String scenario3() throws Exception {
        return answer(() -> ThreadRace.race(Collections.nCopies(CROWD, get("/3"))));
    }

    // tag::scenario4[]
    @Override
    public String scenario4() throws Exception {
        return answer(() -> ThreadRace.race(
                () -> ThreadRace.within(ONE_SECOND, get("/4")),
                get("/4")));
    }
    // end::scenario4[]

    @Override
    public String scenario5() throws Exception {
        return answer(() -> ThreadRace.race(get("/5"), get("/5")));
    }

    @Override
    public String scenario6() throws Exception {
        return answer(() -> ThreadRace.race(get("/6"), get("/6"), get("/6")));
    }

    // tag::scenario7[]
    @Override
    public String scenario7() throws Exception {
        return answer(() -> ThreadRace.hedge(Duration.ofSeconds(3), get("/7")));
    }
    // end::scenario7[]

    // tag::scenario8[]
    @Override
    public String scenario8() throws Exception {
        return answer(() -> ThreadRace.race(calls::openUseClose, calls::openUseClose));
    }
    // end::scenario8[]

    // tag::scenario9[]
    @Override
    public String scenario9() throws Exception {
        Queue<String> letters = new ConcurrentLinkedQueue<>(); // in the order they arrive
        Callable<Boolean> letter = () -> letters.add(get("/9").call()); // a 500 adds none
        return answer(() -> {
            VirtualThreads.gatherSettled(Collections.nCopies(10, letter));
            return String.join("", letters);
        });
    }
    // end::scenario9[]

    // tag::scenario10[]
    @Override
    public String scenario10() throws Exception {
        String id = UUID.randomUUID().toString();
        Callable<String> blocker = () -> ThreadRace.race(get("/10?" + id), BlockingCalls::busy);
        return answer(() -> VirtualThreads.gather(List.of(blocker, () -> calls.report(id))).get(1));
    }
    // end::scenario10[]

    @Override
    public String scenario11() throws Exception {
        return answer(() -> ThreadRace.race(
                get("/11"),
                () -> ThreadRace.race(get("/11"), get("/11"))));
    }
    // end::scenarios[]

    private Callable<String> get(String pathAndQuery) {
        return calls.get(pathAndQuery);
    }

    private static String answer(Callable<String> scenario) throws Exception {
        return ThreadRace.within(DEADLINE, scenario);
    }

    @Override
    public void close() {
        calls.close();
    }
}
