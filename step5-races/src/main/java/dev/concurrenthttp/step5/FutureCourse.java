package dev.concurrenthttp.step5;

import static dev.concurrenthttp.step5.FutureRace.hedge;
import static dev.concurrenthttp.step5.FutureRace.later;
import static dev.concurrenthttp.step5.FutureRace.race;
import static dev.concurrenthttp.step5.FutureRace.within;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The course with {@link CompletableFuture}s: nothing waits but {@link #answer}. The
 * {@code futures} style makes its requests with the JDK's {@code sendAsync}, the
 * {@code session} style with step 3's {@code AsyncSession}; the races are the same.
 *
 * <p>Every future a scenario starts is kept until it ends, and what is left when the scenario
 * is answered is cancelled, as asyncio's {@code TaskGroup} does on exit: a cancel does not
 * travel back up a {@code thenCompose}, so nothing else would reach the stages behind one.
 */
public final class FutureCourse implements Course {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private final AsyncGet client;
    private final Set<CompletableFuture<?>> started = ConcurrentHashMap.newKeySet();

    public FutureCourse(AsyncGet client) {
        this.client = client;
    }

    // tag::scenarios[]
    // tag::scenario1[]
    @Override
    public String scenario1() throws Exception {
        return answer(race(get("/1"), get("/1")));
    }
    // end::scenario1[]

    @Override
    public String scenario2() throws Exception {
        return answer(race(get("/2"), get("/2")));
    }

    @Override
    public String scenario3() throws Exception {
        return answer(race(Stream.generate(() -> get("/3")).limit(CROWD).toList()));
    }

    // tag::scenario4[]
    @Override
    public String scenario4() throws Exception {
        return answer(race(within(ONE_SECOND, get("/4")), get("/4")));
    }
    // end::scenario4[]

    @Override
    public String scenario5() throws Exception {
        return answer(race(get("/5"), get("/5")));
    }

    @Override
    public String scenario6() throws Exception {
        return answer(race(get("/6"), get("/6"), get("/6")));
    }

    // tag::scenario7[]
    @Override
    public String scenario7() throws Exception {
        return answer(hedge(Duration.ofSeconds(3), () -> get("/7")));
    }
    // end::scenario7[]

    // tag::scenario8[]
    @Override
    public String scenario8() throws Exception {
        return answer(race(openUseClose(), openUseClose()));
    }
    // end::scenario8[]

    // tag::scenario9[]
    @Override
    public String scenario9() throws Exception {
        StringBuffer word = new StringBuffer();
        List<CompletableFuture<Void>> letters = Stream
                .generate(() -> get("/9").thenAccept(word::append))
                .limit(10) // each letter as it arrives; a 500 adds none
                .toList();
        return answer(CompletableFuture.allOf(letters.toArray(CompletableFuture<?>[]::new))
                .handle((all, someFailed) -> word.toString()));
    }
    // end::scenario9[]

    // tag::scenario10[]
    @Override
    public String scenario10() throws Exception {
        String id = UUID.randomUUID().toString();
        race(get("/10?" + id), busy()); // the blocker: hashing stops when the server answers
        return answer(report(id, new Cpu.EverySecond()));
    }
    // end::scenario10[]

    @Override
    public String scenario11() throws Exception {
        return answer(race(get("/11"), race(get("/11"), get("/11"))));
    }
    // end::scenarios[]

    // tag::resource[]
    /** Opens a resource, uses it, and closes it however the use ended, even cancelled. */
    private CompletableFuture<String> openUseClose() {
        return get("/8?open").thenCompose(id ->
                lastly(get("/8?use=" + id), () -> get("/8?close=" + id)));
    }

    /**
     * {@code try/finally} for futures: when {@code use} ends, run {@code close}; then end as it
     * did.
     */
    private static <T> CompletableFuture<T> lastly(CompletableFuture<T> use,
            Supplier<CompletableFuture<?>> close) {
        return use.handle((value, failure) -> close.get())
                .thenCompose(closing -> closing.handle((closed, failure) -> use))
                .thenCompose(done -> done);
    }
    // end::resource[]

    // tag::load[]
    /** Hashes on a thread of its own until the future is cancelled. */
    private CompletableFuture<String> busy() {
        CompletableFuture<String> busy = track(new CompletableFuture<>());
        // Not the common pool: it has a thread fewer than cores, and step 3's futures complete there.
        Thread.ofPlatform().name("busy").start(() -> Cpu.hashUntil(busy::isDone));
        return busy;
    }

    /** Once a second, the load, until an answer other than 302 (go on). */
    private CompletableFuture<String> report(String id, Cpu.EverySecond clock) {
        String load = "/10?" + id + "=";
        return track(later(clock.untilNext(), () -> track(client.send(load + Cpu.busyCores()))))
                .thenCompose(reply -> switch (reply.status() / 100) {
                    case 2 -> CompletableFuture.completedFuture(reply.body());
                    case 3 -> report(id, clock); // 302: go on
                    default -> CompletableFuture.failedFuture(
                            new VerdictException(reply.status(), reply.body()));
                });
    }
    // end::load[]

    private CompletableFuture<String> get(String pathAndQuery) {
        return track(client.get(pathAndQuery));
    }

    private <T> CompletableFuture<T> track(CompletableFuture<T> future) {
        started.add(future);
        future.whenComplete((value, failure) -> started.remove(future));
        return future;
    }

    // tag::answer[]
    /** Waits for the scenario's answer within its deadline; then cancels whatever it left running. */
    private String answer(CompletableFuture<String> answer) throws Exception {
        try {
            return within(DEADLINE, answer).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            started.forEach(future -> future.cancel(true));
        }
    }
    // end::answer[]

    @Override
    public void close() {
        started.forEach(future -> future.cancel(true));
        client.close();
    }
}
