package dev.concurrenthttp.step1.exercises.solutions;

import dev.concurrenthttp.step1.exercises.SayWhoYouAre;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

public class SayWhoYouAreSolution extends SayWhoYouAre {

    // tag::solution[]
    @Override
    public String fetch(URI url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("User-Agent", USER_AGENT)
                .build();
        return client.send(request, BodyHandlers.ofString()).body();
    }
    // end::solution[]
}
