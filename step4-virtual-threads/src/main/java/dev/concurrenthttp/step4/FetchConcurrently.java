package dev.concurrenthttp.step4;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** The Python tutorial's requests-async program in Java: a blocking get per URL, all at once. */
public final class FetchConcurrently {

    private FetchConcurrently() {
    }

    // tag::fetch-all[]
    public static List<String> fetchAll(Session session, List<URI> urls)
            throws ExecutionException, InterruptedException {
        List<Callable<String>> gets = urls.stream()
                .<Callable<String>>map(url -> () -> session.get(url).raiseForStatus().text())
                .toList();
        return Gather.gather(gets);
    }
    // end::fetch-all[]
}
