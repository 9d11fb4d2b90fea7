package dev.concurrenthttp.support;

import dev.concurrenthttp.concurrency.Futures;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One request's way through its redirects: where to send the next hop and with which headers,
 * by the {@link RedirectPolicy}. Each step turns its client's own redirect handling off and
 * follows with one of these, so that all of them follow the same rules.
 *
 * <pre>{@code
 * RedirectChain chain = new RedirectChain(url, headers);
 * HttpResponse<String> response;
 * do {
 *     response = send(chain.url(), chain.headers());
 * } while (chain.follow(response.statusCode(), response.headers().firstValue("Location")));
 * }</pre>
 *
 * <p>A chain serves one request, one hop after another; it is not for sharing between threads
 * that run at the same time.
 */
public final class RedirectChain {

    private final URI requested;
    private URI url;
    private Map<String, String> headers;
    private int redirects;

    /** A chain that starts at {@code url}, sending {@code headers} with the first request. */
    public RedirectChain(URI url, Map<String, String> headers) {
        this.requested = url;
        this.url = url;
        this.headers = Map.copyOf(headers);
    }

    /** Where the next request goes. */
    public URI url() {
        return url;
    }

    /** The headers the next request carries: the sensitive ones only while on the first origin. */
    public Map<String, String> headers() {
        return headers;
    }

    // tag::follow[]
    /**
     * Moves the chain on if the response to {@link #url()} is a redirect to follow.
     *
     * @return true if there is a next request to send; false if this response is the answer
     * @throws RedirectException if it is a redirect that {@link RedirectPolicy} refuses
     */
    public boolean follow(int status, Optional<String> location) {
        if (!RedirectPolicy.isRedirect(status, location)) {
            return false;
        }
        URI next = RedirectPolicy.next(requested, url, location.orElseThrow(), redirects);
        headers = RedirectPolicy.headersFor(url, next, headers); // once dropped, they stay dropped
        url = next;
        redirects++;
        return true;
    }
    // end::follow[]

    /**
     * The asynchronous loop: sends the first hop, and the next while {@code redirected} says
     * the answer was a redirect it followed (typically {@code r -> chain.follow(...)}).
     * Completing or cancelling the returned future early cancels the hop in flight, so a
     * deadline on it ends the whole chain.
     */
    public static <R> CompletableFuture<R> followAsync(Supplier<CompletableFuture<R>> send, Predicate<R> redirected) {
        CompletableFuture<R> answer = new CompletableFuture<>();
        hop(send, redirected, answer);
        return answer;
    }

    private static <R> void hop(Supplier<CompletableFuture<R>> send, Predicate<R> redirected, CompletableFuture<R> answer) {
        CompletableFuture<R> exchange;
        try {
            exchange = send.get();
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
            return;
        }
        Futures.propagateCancel(answer, exchange); // ending the answer ends the hop in flight
        exchange.whenComplete((response, error) -> {
            if (error != null) {
                answer.completeExceptionally(error);
                return;
            }
            try {
                if (redirected.test(response)) {
                    if (!answer.isDone()) {
                        hop(send, redirected, answer);
                    }
                } else {
                    answer.complete(response);
                }
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
    }
}
