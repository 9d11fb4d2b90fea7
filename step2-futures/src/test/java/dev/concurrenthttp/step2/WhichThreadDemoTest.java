package dev.concurrenthttp.step2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.concurrenthttp.contract.ProbeServer;
import dev.concurrenthttp.step2.WhichThreadDemo.Stage;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WhichThreadDemoTest {

    private static final Duration SOON = Duration.ofSeconds(5);

    private final ProbeServer probe = ProbeServer.start();
    private final URI slow = probe.url("/hold/100");
    private final ExecutorService clientExecutor = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("client-executor-", 1).factory());
    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientExecutor).build();

    @AfterEach
    void close() {
        client.shutdownNow();
        clientExecutor.shutdownNow();
        virtualThreads.shutdownNow();
        probe.close();
    }

    @Test
    void thenApplyOnSendAsyncsFutureRunsInTheDefaultAsyncPoolNotOnTheClientsExecutor() {
        assertThat(WhichThreadDemo.thenApply(client, slow)).succeedsWithin(SOON).satisfies(stage -> {
            assertThat(stage.thread()).doesNotStartWith("client-executor-").isNotEqualTo(Thread.currentThread().getName())
                    .as("nor on the client's own selector thread").doesNotContain("SelectorManager");
            assertThat(stage.virtual()).isFalse();
        });
    }

    @Test
    void theBodyHandlerRunsOnTheClientsExecutor() {
        assertThat(WhichThreadDemo.bodyHandler(client, slow)).succeedsWithin(SOON)
                .extracting(Stage::thread).asString().startsWith("client-executor-");
    }

    @Test
    void thenApplyAsyncRunsOnTheExecutorItIsGiven() {
        assertThat(WhichThreadDemo.thenApplyAsync(client, slow, virtualThreads)).succeedsWithin(SOON)
                .extracting(Stage::virtual).isEqualTo(true);
    }

    @Test
    void thenApplyOnAFutureAlreadyDoneRunsOnTheCallersThread() {
        assertThat(WhichThreadDemo.thenApplyOnAFutureAlreadyDone().thread()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aStageAfterOrTimeoutRunsOnTheJvmsOneThreadForDelays() {
        assertThat(WhichThreadDemo.afterATimeout()).succeedsWithin(SOON)
                .extracting(Stage::thread).asString().containsIgnoringCase("delayscheduler");
    }

    @Test
    void aStageThatBlocksHoldsUpTheResponsesBehindItInTheCommonPool() {
        assumeThat(new CompletableFuture<Void>().defaultExecutor())
                .as("futures complete in the common pool (JDK 25, or an older JDK on 3 cores or more)")
                .isSameAs(ForkJoinPool.commonPool());
        int responses = ForkJoinPool.getCommonPoolParallelism() + 1;
        Duration blockFor = Duration.ofMillis(500);

        Duration blockingInPool = WhichThreadDemo.blockingInThenApply(client, slow, responses, blockFor);
        Duration blockingOnVirtualThreads = WhichThreadDemo.blockingInThenApplyAsync(client, slow, responses, blockFor, virtualThreads);

        assertThat(blockingInPool).as("one more blocking stage than the pool has threads: two rounds")
                .isGreaterThanOrEqualTo(blockFor.multipliedBy(2));
        assertThat(blockingOnVirtualThreads).as("a thread each: one round")
                .isLessThan(blockFor.multipliedBy(2));
    }
}
