package dev.concurrenthttp.step5;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.support.Response;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code session} style's requests: step 3's {@link AsyncSession}, aiohttp's shape on
 * HttpClient 5.
 */
final class SessionGet implements AsyncGet {

    private final AsyncSession session;

    SessionGet(URI base) {
        // tag::session[]
        this.session = AsyncSession.builder()
                .baseUrl(base)
                .limit(Course.CROWD) // 100 by default: scenario 3's 10,000 racers would wait their turn
                .totalTimeout(Course.DEADLINE)
                .open();
        // end::session[]
    }

    @Override
    public CompletableFuture<Reply> send(String pathAndQuery) {
        return FutureRace.map(session.get(pathAndQuery),
                response -> new Reply(response.url(), response.status(), response.text()));
    }

    @Override
    public void close() {
        session.close();
    }
}
