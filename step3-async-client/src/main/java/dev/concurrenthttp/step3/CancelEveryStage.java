package dev.concurrenthttp.step3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * A workaround for a defect in HttpClient 5 (seen in httpclient5 5.6.5 with httpcore5 5.4.4):
 * cancelling an async exchange can stop nothing, and the request then holds its connection
 * until the server answers.
 *
 * <p>The defect: {@code AsyncConnectExec.execute} records the stage a cancel should stop with
 * {@code scope.cancellableDependency.setDependency(execRuntime.acquireEndpoint(..., callback))},
 * and likewise for {@code connectEndpoint}. The argument runs first. When the pool has a free
 * connection, {@code acquireEndpoint} completes its callback before it returns: the chain goes
 * on, sends the request, and records the exchange's own {@code Cancellable} with
 * {@code setDependency}. Then the outer {@code setDependency} runs, and replaces it with the
 * lease's, which is over: the scope's {@code ComplexCancellable} holds one dependency, the last
 * one set. A connect on loopback is fast enough to lose the same race. Seen on most requests over
 * a reused connection; when the lease completes a moment later instead, on the pool's side, the
 * order is right and the cancel works. {@code CancelEveryStageTest} shows it with the session's
 * client.
 *
 * <p>The workaround, first in the client's chain, hands the rest of the chain a dependency that
 * keeps every stage recorded and cancels them all. It builds a new {@code AsyncExecChain.Scope}
 * from the old one's public fields, so a change to that class's constructor would break it at
 * compile time, not silently.
 */
final class CancelEveryStage implements AsyncExecChainHandler {

    /** Puts the workaround first in {@code client}'s chain of handlers. */
    static void addTo(HttpAsyncClientBuilder client) {
        client.addExecInterceptorFirst("cancel-every-stage", new CancelEveryStage());
    }

    // tag::execute[]
    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entity, AsyncExecChain.Scope scope,
            AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
        Stages stages = new Stages();
        scope.cancellableDependency.setDependency(stages); // a cancel now cancels them all
        chain.proceed(request, entity, new AsyncExecChain.Scope(scope.exchangeId, scope.route,
                scope.originalRequest, stages, scope.clientContext, scope.execRuntime, scope.scheduler,
                scope.execCount), callback);
    }
    // end::execute[]

    private static final class Stages implements CancellableDependency {

        private final List<Cancellable> stages = new ArrayList<>();
        private boolean cancelled;

        @Override
        public void setDependency(Cancellable stage) {
            boolean alreadyCancelled;
            synchronized (this) {
                alreadyCancelled = cancelled;
                if (!alreadyCancelled) {
                    stages.add(stage);
                }
            }
            if (alreadyCancelled) {
                stage.cancel();
            }
        }

        @Override
        public boolean cancel() {
            List<Cancellable> toCancel;
            synchronized (this) {
                if (cancelled) {
                    return false;
                }
                cancelled = true;
                toCancel = List.copyOf(stages);
                stages.clear();
            }
            toCancel.forEach(Cancellable::cancel); // a stage that is over ignores it
            return true;
        }

        @Override
        public synchronized boolean isCancelled() {
            return cancelled;
        }
    }
}
