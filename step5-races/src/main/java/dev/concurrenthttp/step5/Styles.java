package dev.concurrenthttp.step5;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The styles the course runs in, and which of them this JVM can run. */
public final class Styles {

    /** Every style, in the order the guide teaches them. */
    public static final List<String> ALL = List.of("futures", "session", "threads", "scope");

    /** What is said when the scope style cannot run here. */
    public static final String SCOPE_SKIPPED = "scope: skipped, StructuredTaskScope needs JDK 25 with --enable-preview";

    private static final String SCOPE_CLASS = "dev.concurrenthttp.step5.ScopeCourse";

    private Styles() {
    }

    /**
     * The styles this JVM can run: all but {@code scope} unless it runs JDK 25 with preview
     * features on.
     */
    public static List<String> available() {
        return ALL.stream().filter(Styles::isAvailable).toList();
    }

    public static boolean isAvailable(String style) {
        return !style.equals("scope") || scopeCourse().isPresent();
    }

    /** Opens {@code style}'s course against the scenario server at {@code base}. */
    public static Course open(String style, URI base) {
        return switch (style) {
            case "futures" -> new FutureCourse(new JdkGet(base));
            case "session" -> new FutureCourse(new SessionGet(base));
            case "threads" -> new ThreadsCourse(base);
            case "scope" -> {
                try {
                    yield (Course) scopeCourse().orElseThrow(() -> new IllegalStateException(SCOPE_SKIPPED))
                            .getConstructor(URI.class).newInstance(base);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot open the scope course: " + e, e);
                }
            }
            default -> throw new IllegalArgumentException("no style " + style + ": one of " + ALL);
        };
    }

    /**
     * The scope style's class, compiled only on JDK 25 and loadable only with preview features
     * on: elsewhere loading it fails, and the style is skipped.
     */
    private static Optional<Class<?>> scopeCourse() {
        try {
            return Optional.of(Class.forName(SCOPE_CLASS));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
