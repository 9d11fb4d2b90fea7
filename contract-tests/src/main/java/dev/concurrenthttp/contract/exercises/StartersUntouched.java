package dev.concurrenthttp.contract.exercises;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets the proof that every exercise test fails on its starter run only where the starters are
 * untouched. A participant who has solved a starter has a test that passes, and their
 * {@code ./mvnw verify} must stay green; in CI the starters are as committed, and the proof runs.
 *
 * <p>CI says so with the environment variable {@value #VARIABLE}{@code =true} ({@code .ci/run}
 * sets it); a build can also pass {@code -D}{@value #PARAMETER}{@code =true}, which wins. Without
 * either, the proof is skipped, and its reason, printed and reported, says why.
 */
public final class StartersUntouched implements ExecutionCondition {

    /** The configuration parameter, or system property, that says the starters are untouched. */
    public static final String PARAMETER = "exercises.startersUntouched";

    /** The environment variable that says the same, read when the parameter is not set. */
    public static final String VARIABLE = "EXERCISES_STARTERS_UNTOUCHED";

    /** How a run says that the starters are untouched. */
    static final String SWITCH = VARIABLE + "=true";

    private final UnaryOperator<String> environment;

    public StartersUntouched() {
        this(System::getenv);
    }

    StartersUntouched(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = evaluate(context.getConfigurationParameter(PARAMETER));
        if (result.isDisabled()) {
            System.out.println(context.getRequiredTestClass().getName() + " skipped " + result.getReason().orElseThrow());
        }
        return result;
    }

    ConditionEvaluationResult evaluate(Optional<String> parameter) {
        String source = parameter.isPresent() ? PARAMETER : VARIABLE;
        String value = parameter.orElseGet(() -> Objects.requireNonNullElse(environment.apply(VARIABLE), "false"));
        return switch (value.strip()) {
            case "true" -> ConditionEvaluationResult.enabled(
                    source + "=true: the starters are untouched, so every exercise test must fail on its starter");
            case "false", "" -> ConditionEvaluationResult.disabled("the proof that every exercise test fails on"
                    + " its starter: it runs only where the starters are untouched, with " + SWITCH
                    + " (CI sets it), because a starter you have solved passes its test");
            default -> throw new ExtensionConfigurationException(
                    source + "=" + value + ": say true (the starters are untouched) or false");
        };
    }
}
