package dev.concurrenthttp.step5;

import dev.concurrenthttp.step3.AsyncSession;
import dev.concurrenthttp.step3.Response;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** The {@code session} style's requests: step 3's {@link AsyncSession}, aiohttp's shape on HttpClient 5. */
final class SessionGet implements AsyncGet {

    private final AsyncSession session;

    SessionGet(URI base) {
        // tag::session[]
        this.session = AsyncSession.builder()
                .baseUrl(base)
                .limit(Course.CROWD) // 100 by default: scenario 3's 10,000 racers would wait their turn
                .totalTimeout(Course.DEADLINE)
                .raiseForStatus(true) // a non-2xx answer fails, and so loses a race
                .open();
        // end::session[]
    }

    @Override
    public CompletableFuture<String> get(String pathAndQuery) {
        return FutureRace.map(session.get(pathAndQuery), Response::text);
    }

    @Override
    public void close() {
        session.close();
    }
}
