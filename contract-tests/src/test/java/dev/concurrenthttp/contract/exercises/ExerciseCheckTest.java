package dev.concurrenthttp.contract.exercises;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExerciseCheckTest {

    private static final String FIXTURES = "dev.concurrenthttp.contract.exercises.fixtures.";

    @Test
    void passesExercisesThatFailOnTheirStartersAndPassOnTheirSolutions() {
        String sound = FIXTURES + "sound.exercises";

        assertThatCode(() -> ExerciseCheck.passesOnEverySolution(sound)).doesNotThrowAnyException();
        assertThatCode(() -> ExerciseCheck.failsWithAnAssertionOnEveryStarter(sound)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            brokenclass   | FailsInBeforeAll$SetUpFails failed around its tests, so they did not run: IllegalStateException
            disabledclass | DisabledClass$NeverRuns was skipped (fixture: a class that never runs)
            disabledtest  | DisabledTestMethod.addsNegativeNumbers was skipped (fixture: a test that never runs)
            abortedtest   | AbortedTestMethod.addsNegativeNumbers was aborted (TestAbortedException
            """)
    void failsOnBothSidesWhenAnExerciseTestDoesNotRunToItsEnd(String fixture, String problem) {
        String exercises = FIXTURES + fixture + ".exercises";

        assertThatThrownBy(() -> ExerciseCheck.passesOnEverySolution(exercises)).as("on the solutions")
                .isInstanceOf(AssertionError.class).hasMessageContaining(problem);
        assertThatThrownBy(() -> ExerciseCheck.failsWithAnAssertionOnEveryStarter(exercises)).as("on the starters")
                .isInstanceOf(AssertionError.class).hasMessageContaining(problem);
    }

    @Test
    void failsOnAStarterWhoseTestPassesAndSaysWhichAndWhy() {
        String solved = FIXTURES + "solved.exercises";

        assertThatCode(() -> ExerciseCheck.passesOnEverySolution(solved)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ExerciseCheck.failsWithAnAssertionOnEveryStarter(solved))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DoublerTest.doublesANumber passed on its starter")
                .hasMessageContaining("takes to be untouched (" + StartersUntouched.VARIABLE);
    }
}
