package dev.concurrenthttp.contract.exercises;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Proves a step's exercises both ways, as Spring's guides build both {@code initial} and
 * {@code complete}: every exercise test passes on the reference solution, and fails, with an
 * assertion that teaches, not a compile error, crash or timeout, on the starter.
 *
 * <p>On either side, an exercise test that does not run to its end fails the proof: a class
 * that fails in {@code @BeforeAll} or {@code @AfterAll}, a class or test that is disabled, a test
 * aborted by an assumption. An exercise that does not run proves nothing.
 */
public final class ExerciseCheck {

    private ExerciseCheck() {
    }

    public static void passesOnEverySolution(String exercisesPackage) {
        List<String> problems = new ArrayList<>();
        for (Event test : testsRunToTheirEnd(exercisesPackage, "solution", problems)) {
            TestExecutionResult result = resultOf(test);
            if (result.getStatus() == Status.FAILED) {
                problems.add(nameOf(test) + " failed on its solution: " + summary(result));
            }
        }
        failIfAny(problems, "exercise tests in " + exercisesPackage + " on their reference solutions");
    }

    public static void failsWithAnAssertionOnEveryStarter(String exercisesPackage) {
        List<String> problems = new ArrayList<>();
        for (Event test : testsRunToTheirEnd(exercisesPackage, "starter", problems)) {
            TestExecutionResult result = resultOf(test);
            if (result.getStatus() == Status.SUCCESSFUL) {
                problems.add(nameOf(test) + " passed on its starter: an exercise test must fail until the"
                        + " exercise is done");
            } else if (!(result.getThrowable().orElseThrow() instanceof AssertionError)) {
                problems.add(nameOf(test) + " failed on its starter with " + summary(result) + ", not an"
                        + " assertion: a participant must read what is missing, not a crash or a timeout");
            }
        }
        failIfAny(problems, "exercise tests in " + exercisesPackage + " on their starters, which this run"
                + " takes to be untouched (" + StartersUntouched.VARIABLE + " or " + StartersUntouched.PARAMETER
                + " is true)");
    }

    /**
     * Runs every exercise test of the package on one side. Adds to {@code problems} every class
     * or test that did not run to its end, and returns the tests that did.
     */
    private static List<Event> testsRunToTheirEnd(String exercisesPackage, String side, List<String> problems) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectPackage(exercisesPackage))
                .configurationParameter(Exercises.PARAMETER, side)
                .execute();
        for (Event skipped : results.allEvents().skipped().list()) {
            problems.add(nameOf(skipped) + " was skipped (" + skipped.getPayload(String.class).orElse("disabled")
                    + "): an exercise that does not run proves nothing");
        }
        for (Event container : results.containerEvents().finished().list()) {
            if (resultOf(container).getStatus() != Status.SUCCESSFUL) {
                problems.add(nameOf(container) + " failed around its tests, so they did not run: "
                        + summary(resultOf(container)));
            }
        }
        List<Event> ranToTheirEnd = new ArrayList<>();
        for (Event test : results.testEvents().finished().list()) {
            if (resultOf(test).getStatus() == Status.ABORTED) {
                problems.add(nameOf(test) + " was aborted (" + summary(resultOf(test))
                        + "): an exercise that does not run proves nothing");
            } else {
                ranToTheirEnd.add(test);
            }
        }
        if (ranToTheirEnd.isEmpty() && problems.isEmpty()) {
            problems.add("no exercise tests found");
        }
        return ranToTheirEnd;
    }

    private static void failIfAny(List<String> problems, String what) {
        if (!problems.isEmpty()) {
            throw new AssertionError(what + ":\n  " + String.join("\n  ", problems));
        }
    }

    private static TestExecutionResult resultOf(Event event) {
        return event.getPayload(TestExecutionResult.class).orElseThrow();
    }

    private static String nameOf(Event event) {
        TestSource source = event.getTestDescriptor().getSource().orElse(null);
        if (source instanceof MethodSource method) {
            return simpleName(method.getClassName()) + "." + method.getMethodName();
        }
        if (source instanceof ClassSource type) {
            return simpleName(type.getClassName());
        }
        return event.getTestDescriptor().getDisplayName();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String summary(TestExecutionResult result) {
        return result.getThrowable()
                .map(error -> error.getClass().getSimpleName() + ": " + String.valueOf(error.getMessage()).lines()
                        .map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining(" ")))
                .orElse(result.getStatus().toString());
    }
}
