package dev.concurrenthttp.contract.exercises;

import java.lang.reflect.Constructor;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands an exercise test the class under exercise: the starter a participant edits, or, when
 * the configuration parameter {@value #PARAMETER} is {@code solution}, the reference solution.
 *
 * <p>A test asks for the starter's type, {@code void test(FetchWithinABudget exercise)}; the
 * solution is the class of the same name plus {@code Solution} in the {@code solutions}
 * package beside it, and extends the starter. A participant's IDE and {@code -Dtest=...} run
 * the starter; the build proves both sides through {@link ExerciseCheck}.
 */
public final class Exercises implements ParameterResolver {

    /** The configuration parameter (or system property) choosing the side: starter or solution. */
    public static final String PARAMETER = "exercises";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType().getPackageName().endsWith(".exercises");
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> starter = parameter.getParameter().getType();
        String side = context.getConfigurationParameter(PARAMETER).orElse("starter");
        Class<?> chosen = switch (side) {
            case "starter" -> starter;
            case "solution" -> solutionOf(starter);
            default -> throw new ParameterResolutionException(
                    PARAMETER + "=" + side + ": choose starter or solution");
        };
        try {
            Constructor<?> constructor = chosen.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException("cannot create " + chosen.getName(), e);
        }
    }

    private static Class<?> solutionOf(Class<?> starter) {
        String name = starter.getPackageName() + ".solutions." + starter.getSimpleName() + "Solution";
        try {
            Class<?> solution = Class.forName(name, true, starter.getClassLoader());
            if (!starter.isAssignableFrom(solution)) {
                throw new ParameterResolutionException(name + " must extend " + starter.getName());
            }
            return solution;
        } catch (ClassNotFoundException e) {
            throw new ParameterResolutionException("no solution " + name + " for " + starter.getName(), e);
        }
    }
}
