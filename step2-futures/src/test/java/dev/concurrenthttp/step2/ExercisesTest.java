package dev.concurrenthttp.step2;

import dev.concurrenthttp.contract.exercises.ExerciseCheck;
import org.junit.jupiter.api.Test;

class ExercisesTest {

    private static final String EXERCISES = "dev.concurrenthttp.step2.exercises";

    @Test
    void everyExercisePassesOnItsSolution() {
        ExerciseCheck.passesOnEverySolution(EXERCISES);
    }

    @Test
    void everyExerciseFailsWithAnAssertionOnItsStarter() {
        ExerciseCheck.failsWithAnAssertionOnEveryStarter(EXERCISES);
    }
}
