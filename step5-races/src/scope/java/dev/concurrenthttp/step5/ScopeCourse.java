package dev.concurrenthttp.step5;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** The course with JDK 25's {@link StructuredTaskScope}, over step 4's blocking {@code Session}. */
public final class ScopeCourse implements Course {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private final BlockingCalls calls;

    public ScopeCourse(URI base) {
        this.calls = new BlockingCalls(base);
    }

    // tag::scenarios[]
    // tag::scenario1[]
    @Override
    public String scenario1() throws Exception {
        return answer(() -> ScopeRace.race(get("/1"), get("/1")));
    }
    // end::scenario1[]

    @Override
    public String scenario2() throws Exception {
        return answer(() -> ScopeRace.race(get("/2"), get("/2")));
    }

    @Override
    public String scenario3() throws Exception {
        return answer(() -> ScopeRace.race(Collections.nCopies(CROWD, get("/3"))));
    }

    // tag::scenario4[]
    @Override
    public String scenario4() throws Exception {
        return answer(() -> ScopeRace.race(
                () -> ScopeRace.within(ONE_SECOND, get("/4")),
                get("/4")));
    }
    // end::scenario4[]

    @Override
    public String scenario5() throws Exception {
        return answer(() -> ScopeRace.race(get("/5"), get("/5")));
    }

    @Override
    public String scenario6() throws Exception {
        return answer(() -> ScopeRace.race(get("/6"), get("/6"), get("/6")));
    }

    // tag::scenario7[]
    @Override
    public String scenario7() throws Exception {
        return answer(() -> ScopeRace.hedge(Duration.ofSeconds(3), get("/7")));
    }
    // end::scenario7[]

    // tag::scenario8[]
    @Override
    public String scenario8() throws Exception {
        return answer(() -> ScopeRace.race(calls::openUseClose, calls::openUseClose));
    }
    // end::scenario8[]

    // tag::scenario9[]
    @Override
    public String scenario9() throws Exception {
        Queue<String> letters = new ConcurrentLinkedQueue<>(); // in the order they arrive
        return answer(() -> {
            try (var scope = StructuredTaskScope.open(Joiner.<Boolean>awaitAll())) {
                for (int i = 0; i < 10; i++) {
                    scope.fork(() -> letters.add(get("/9").call())); // a 500 adds none
                }
                scope.join();
            }
            return String.join("", letters);
        });
    }
    // end::scenario9[]

    // tag::scenario10[]
    @Override
    public String scenario10() throws Exception {
        String id = UUID.randomUUID().toString();
        return answer(() -> {
            try (var scope = StructuredTaskScope.open(Joiner.<String>awaitAllSuccessfulOrThrow())) {
                scope.fork(() -> ScopeRace.race(get("/10?" + id), BlockingCalls::busy));
                Subtask<String> report = scope.fork(() -> calls.report(id));
                scope.join();
                return report.get();
            }
        });
    }
    // end::scenario10[]

    @Override
    public String scenario11() throws Exception {
        return answer(() -> ScopeRace.race(
                get("/11"),
                () -> ScopeRace.race(get("/11"), get("/11"))));
    }
    // end::scenarios[]

    private Callable<String> get(String pathAndQuery) {
        return calls.get(pathAndQuery);
    }

    private static String answer(Callable<String> scenario) throws Exception {
        return ScopeRace.within(DEADLINE, scenario);
    }

    @Override
    public void close() {
        calls.close();
    }
}
