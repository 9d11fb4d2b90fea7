package dev.concurrenthttp.step4.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concurrenthttp.contract.exercises.Exercises;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Exercises.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AtMostNAtOnceTest {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    private final Callable<String> aSlowCall = () -> {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Thread.sleep(100);
            return "done";
        } finally {
            running.decrementAndGet();
        }
    };

    @Test
    void neverRunsMoreThanTheLimitAtOnce(AtMostNAtOnce exercise) throws Exception {
        List<String> results = exercise.gather(5, Collections.nCopies(40, aSlowCall));

        assertThat(results).hasSize(40).containsOnly("done");
        assertThat(mostAtOnce.get()).as("calls running at the same moment, with a limit of 5").isLessThanOrEqualTo(5);
    }

    @Test
    void stillRunsUpToTheLimitAtOnce(AtMostNAtOnce exercise) throws Exception {
        exercise.gather(5, Collections.nCopies(40, aSlowCall));

        assertThat(mostAtOnce.get()).as("a limit of 5 should still let 5 run together, no fewer and no more")
                .isEqualTo(5);
    }
}
