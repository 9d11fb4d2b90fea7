package dev.concurrenthttp.step2;

import dev.concurrenthttp.httpbin.LocalHttpbin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which thread runs each stage of a future's pipeline. Run it and read the table it prints:
 *
 * <pre>./mvnw -q -pl step2-futures exec:java -Dexec.mainClass=dev.concurrenthttp.step2.WhichThreadDemo</pre>
 *
 * <p>{@code thenApply} chooses no thread: its function runs on whichever thread completes the
 * future before it, or on the caller's if that future is done already. The futures of
 * {@code sendAsync} are completed in {@code CompletableFuture}'s default pool, whether or not
 * the client was given an executor of its own: that one runs the client's own work, such as
 * its body handlers. On JDK 25 the default pool is the common {@link ForkJoinPool}, with one
 * thread fewer than the machine has cores (older JDKs start a thread per task instead on a
 * machine of two cores). A stage that blocks holds one of those few threads, and every other
 * response in the JVM waits for it. {@code thenApplyAsync(fn, executor)} runs {@code fn}
 * where you say.
 */
public final class WhichThreadDemo {

    /** The thread one stage ran on. */
    public record Stage(String thread, boolean virtual) {

        static Stage here() {
            Thread thread = Thread.currentThread();
            return new Stage(thread.getName(), thread.isVirtual());
        }
    }

    private WhichThreadDemo() {
    }

    // tag::then-apply[]
    public static CompletableFuture<Stage> thenApply(HttpClient client, URI url) {
        return client.sendAsync(HttpRequest.newBuilder(url).build(), BodyHandlers.discarding())
                .thenApply(response -> Stage.here());
    }

    public static CompletableFuture<Stage> thenApplyAsync(HttpClient client, URI url,
            Executor executor) {
        return client.sendAsync(HttpRequest.newBuilder(url).build(), BodyHandlers.discarding())
                .thenApplyAsync(response -> Stage.here(), executor);
    }
    // end::then-apply[]

    /** The thread that runs the body handler, where the client's executor shows. */
    public static CompletableFuture<Stage> bodyHandler(HttpClient client, URI url) {
        AtomicReference<Stage> handler = new AtomicReference<>();
        BodyHandler<Void> recording = info -> {
            handler.set(Stage.here());
            return BodyHandlers.discarding().apply(info);
        };
        return client.sendAsync(HttpRequest.newBuilder(url).build(), recording).thenApply(response -> handler.get());
    }

    public static Stage thenApplyOnAFutureAlreadyDone() {
        return CompletableFuture.completedFuture("done").thenApply(done -> Stage.here()).join();
    }

    /** After {@code orTimeout} fires, its stages run on the JVM's one thread for delays. */
    public static CompletableFuture<Stage> afterATimeout() {
        return new CompletableFuture<Stage>().orTimeout(10, TimeUnit.MILLISECONDS).exceptionally(timedOut -> Stage.here());
    }

    // tag::blocking-stage[]
    /** How long {@code n} responses take when each {@code thenApply} blocks for {@code blockFor}. */
    public static Duration blockingInThenApply(HttpClient client, URI url, int n, Duration blockFor) {
        long start = System.nanoTime();
        List<CompletableFuture<Void>> stages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            stages.add(client.sendAsync(HttpRequest.newBuilder(url).build(), BodyHandlers.discarding())
                    .thenApply(response -> block(blockFor))); // holds a thread of the pool
        }
        CompletableFuture.allOf(stages.toArray(CompletableFuture<?>[]::new)).join();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The same, with each blocking stage on a thread of {@code executor}. */
    public static Duration blockingInThenApplyAsync(HttpClient client, URI url, int n,
            Duration blockFor, Executor executor) {
        long start = System.nanoTime();
        List<CompletableFuture<Void>> stages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            stages.add(client.sendAsync(HttpRequest.newBuilder(url).build(), BodyHandlers.discarding())
                    .thenApplyAsync(response -> block(blockFor), executor));
        }
        CompletableFuture.allOf(stages.toArray(CompletableFuture<?>[]::new)).join();
        return Duration.ofNanos(System.nanoTime() - start);
    }
    // end::blocking-stage[]

    private static Void block(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    public static void main(String... args) {
        try (LocalHttpbin httpbin = LocalHttpbin.start();
                ExecutorService virtualThreads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("virtual-", 1).factory());
                ExecutorService ownExecutor = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("own-executor-", 1).factory());
                HttpClient defaultClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpClient clientWithExecutor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .executor(ownExecutor).build()) {
            URI url = URI.create(httpbin.baseUri() + "/uuid");
            URI slow = URI.create(httpbin.baseUri() + "/delay/0.1");
            print("thenApply on sendAsync's future", thenApply(defaultClient, slow).join());
            print("the same, client with its own executor", thenApply(clientWithExecutor, slow).join());
            print("its body handler", bodyHandler(clientWithExecutor, url).join());
            print("thenApplyAsync(fn, virtual threads)", thenApplyAsync(defaultClient, slow, virtualThreads).join());
            print("thenApply on a future already done", thenApplyOnAFutureAlreadyDone());
            print("after orTimeout fired", afterATimeout().join());

            int n = ForkJoinPool.getCommonPoolParallelism() + 3;
            Duration blockFor = Duration.ofMillis(500);
            System.out.printf(Locale.ROOT, "%n%d responses, each stage blocking %.1f s (common pool parallelism %d):%n",
                    n, blockFor.toMillis() / 1e3, ForkJoinPool.getCommonPoolParallelism());
            System.out.printf(Locale.ROOT, "  in thenApply:                           %.2f s%n",
                    blockingInThenApply(defaultClient, slow, n, blockFor).toMillis() / 1e3);
            System.out.printf(Locale.ROOT, "  in thenApplyAsync(fn, virtual threads): %.2f s%n",
                    blockingInThenApplyAsync(defaultClient, slow, n, blockFor, virtualThreads).toMillis() / 1e3);
        }
    }

    private static void print(String stage, Stage ranOn) {
        System.out.printf(Locale.ROOT, "%-40s %s%s%n", stage, ranOn.thread(), ranOn.virtual() ? " (virtual)" : "");
    }
}
