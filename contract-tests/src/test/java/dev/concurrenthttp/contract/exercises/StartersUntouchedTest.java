package dev.concurrenthttp.contract.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.concurrenthttp.contract.exercises.fixtures.solved.SolvedExercises;
import dev.concurrenthttp.contract.exercises.fixtures.sound.SoundExercises;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The two sides of the starter proof: where the starters are untouched it runs, elsewhere it says why it does not. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StartersUntouchedTest {

    private static final String STARTER_PROOF = "everyExerciseFailsWithAnAssertionOnItsStarter";
    private static final String SOLUTION_PROOF = "everyExercisePassesOnItsSolution";

    @Test
    void whereTheStartersAreUntouchedASolvedStarterFailsTheProofNamingItsTest() {
        Events tests = contractTests(SolvedExercises.class, "true");

        tests.assertThatEvents()
                .haveExactly(1, event(test(SOLUTION_PROOF), finishedSuccessfully()))
                .haveExactly(1, event(test(STARTER_PROOF), finishedWithFailure(instanceOf(AssertionError.class),
                        message(m -> m.contains("DoublerTest.doublesANumber passed on its starter")))));
    }

    @Test
    void whereTheStartersAreUntouchedSoundExercisesPassBothProofs() {
        Events tests = contractTests(SoundExercises.class, "true");

        tests.assertStatistics(stats -> stats.started(2).succeeded(2).skipped(0));
    }

    @Test
    void elsewhereASolvedStarterLeavesTheBuildGreenAndTheSkipSaysWhy() {
        Events tests = contractTests(SolvedExercises.class, "false");

        tests.assertThatEvents()
                .haveExactly(1, event(test(SOLUTION_PROOF), finishedSuccessfully()))
                .haveExactly(1, event(test(STARTER_PROOF), skippedWithReason(
                        reason -> reason.contains("only where the starters are untouched")
                                && reason.contains(StartersUntouched.SWITCH))));
        tests.assertStatistics(stats -> stats.failed(0));
    }

    @Test
    void rejectsAValueOtherThanTrueOrFalseInOneLineNamingIt() {
        Events tests = contractTests(SoundExercises.class, "yes");

        tests.assertThatEvents().haveExactly(1, event(test(STARTER_PROOF), finishedWithFailure(message(m -> m.endsWith(
                ": " + StartersUntouched.PARAMETER + "=yes: say true (the starters are untouched) or false")))));
    }

    @Test
    void readsTheEnvironmentVariableWhenTheParameterIsNotSet() {
        Map<String, String> ci = Map.of(StartersUntouched.VARIABLE, "true");

        assertThat(new StartersUntouched(ci::get).evaluate(Optional.empty()).isDisabled()).as("in CI").isFalse();
        assertThat(new StartersUntouched(name -> null).evaluate(Optional.empty()).isDisabled())
                .as("on a participant's machine").isTrue();
        assertThat(new StartersUntouched(ci::get).evaluate(Optional.of("false")).isDisabled())
                .as("the parameter wins over the environment").isTrue();
    }

    private static Events contractTests(Class<?> contract, String startersUntouched) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(contract))
                .configurationParameter(StartersUntouched.PARAMETER, startersUntouched)
                .execute()
                .testEvents();
    }
}
