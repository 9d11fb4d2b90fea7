package dev.concurrenthttp.contract.exercises;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves a step's exercises both ways: extend it in the step's test root package, and it checks
 * the {@code exercises} package beside it. The proof on the starters runs only where they are
 * untouched, as in CI ({@link StartersUntouched}): a participant's solved starter passes its
 * test, and their build stays green.
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
    @ExtendWith(StartersUntouched.class)
    void everyExerciseFailsWithAnAssertionOnItsStarter() {
        ExerciseCheck.failsWithAnAssertionOnEveryStarter(exercises());
    }
}
