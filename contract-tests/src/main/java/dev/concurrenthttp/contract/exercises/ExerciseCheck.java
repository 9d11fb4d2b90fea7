package dev.concurrenthttp.contract.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Proves a step's exercises both ways, as Spring's guides build both {@code initial} and
 * {@code complete}: every exercise test passes on the reference solution, and fails, with an
 * assertion that teaches, not a compile error, crash or timeout, on the starter.
 */
public final class ExerciseCheck {

    private ExerciseCheck() {
    }

    public static void passesOnEverySolution(String exercisesPackage) {
        List<Event> finished = run(exercisesPackage, "solution");

        assertThat(finished).as("exercise tests in %s", exercisesPackage).isNotEmpty();
        assertThat(finished).allSatisfy(event -> assertThat(event.getPayload(TestExecutionResult.class).orElseThrow())
                .as("%s on its solution", event.getTestDescriptor().getDisplayName())
                .extracting(TestExecutionResult::getStatus)
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
    }

    public static void failsWithAnAssertionOnEveryStarter(String exercisesPackage) {
        List<Event> finished = run(exercisesPackage, "starter");

        assertThat(finished).as("exercise tests in %s", exercisesPackage).isNotEmpty();
        assertThat(finished).allSatisfy(event -> {
            TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
            String test = event.getTestDescriptor().getDisplayName();
            assertThat(result.getStatus()).as("%s must fail on the starter", test)
                    .isEqualTo(TestExecutionResult.Status.FAILED);
            assertThat(result.getThrowable()).as("%s must fail with an assertion, not a crash or a timeout", test)
                    .get().isInstanceOf(AssertionError.class);
        });
    }

    private static List<Event> run(String exercisesPackage, String side) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectPackage(exercisesPackage))
                .configurationParameter(Exercises.PARAMETER, side)
                .execute();
        return results.testEvents().finished().list();
    }
}
