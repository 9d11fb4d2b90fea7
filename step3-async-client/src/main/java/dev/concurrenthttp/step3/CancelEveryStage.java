package dev.concurrenthttp.step3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * Makes a cancel reach the stage an exchange is in, whichever it is: waiting for a pooled
 * connection, connecting, or waiting for the response.
 *
 * <p>HttpClient 5 remembers one stage per exchange, the one a cancel should stop, and each stage
 * records itself as it starts. But the code that starts the wait for a connection, or a connect,
 * records that stage only once the call returns, and by then the stage may be over and the
 * request already sent: a connection straight from the pool, or a connect on loopback, is that
 * fast. The finished stage then overwrites the live one, and a cancel stops nothing: the
 * request goes on holding its connection until the server answers (seen in 5.6.5, on every
 * request over a reused connection). This link, first in the client's chain, keeps every stage
 * the exchange records and cancels them all.
 */
final class CancelEveryStage implements AsyncExecChainHandler {

    // tag::execute[]
    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entity, AsyncExecChain.Scope scope,
            AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
        Stages stages = new Stages();
        scope.cancellableDependency.setDependency(stages); // cancelling the exchange now cancels them all
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
