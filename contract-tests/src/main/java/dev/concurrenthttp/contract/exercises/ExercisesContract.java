package dev.concurrenthttp.contract.exercises;

import org.junit.jupiter.api.Test;

/**
 * Proves a step's exercises both ways: extend it in the step's test root package, and it checks
 * the {@code exercises} package beside it.
 */
public abstract class ExercisesContract {

    private String exercises() {
        return getClass().getPackageName() + ".exercises";
    }

    @Test
    void everyExercisePassesOnItsSolution() {
        ExerciseCheck.passesOnEverySolution(exercises());
    }

    @Test
    void everyExerciseFailsWithAnAssertionOnItsStarter() {
        ExerciseCheck.failsWithAnAssertionOnEveryStarter(exercises());
    }
}
