package dev.concurrenthttp.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

class CommandLinesTest {

    @Command(name = "greet", sortOptions = false, sortSynopsis = false, synopsisHeading = "usage: ", footer = "Exit status: 0, 1 or 2.")
    static final class Greet implements Callable<Integer> {

        @Option(names = "--times", paramLabel = "N", defaultValue = "1", converter = WholeNumbers.AtLeastOne.class,
                description = "say it N times (default ${DEFAULT-VALUE})")
        int times;

        @Option(names = "--loud", description = "shout")
        boolean loud;

        @Option(names = "--to", paramLabel = "NAME", description = "whom to greet; repeat for more")
        List<String> names = new ArrayList<>();

        @Option(names = "--fail", paramLabel = "HOW", description = "io or bug")
        String fail;

        @Parameters(paramLabel = "WORD", arity = "0..1", description = "what to say")
        String word = "hello";

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
        boolean help;

        final List<String> said = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            if ("io".equals(fail)) {
                throw new IOException("cannot write to /nowhere");
            }
            if ("bug".equals(fail)) {
                throw new IllegalStateException("a bug");
            }
            if ("lines".equals(fail)) {
                throw new IOException("first line\nsecond line\nthird line");
            }
            for (int i = 0; i < times; i++) {
                said.add(loud ? word.toUpperCase() : word);
            }
            return names.contains("nobody") ? CommandLines.FAILED : CommandLines.OK;
        }
    }

    record Result(int code, String out, String err) {
    }

    private final Greet greet = new Greet();

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLines.execute(greet, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runsTheCommandAndAnswersWithItsExitCode() {
        assertThat(run("--times", "2", "--loud", "hi").code()).isZero();
        assertThat(greet.said).containsExactly("HI", "HI");
        assertThat(run("--to", "nobody").code()).isEqualTo(1);
    }

    @Test
    void readsAValueAfterAnEqualsSignOrAfterASpace() {
        assertThat(run("--times=3", "--to", "a", "--to=b").code()).isZero();
        assertThat(greet.said).hasSize(3);
        assertThat(greet.names).containsExactly("a", "b");
    }

    @Test
    void theLastOfARepeatedOptionWinsAndAnAtSignIsJustAValue() {
        assertThat(run("--times", "1", "--times", "2", "@no-such-file").code()).isZero();
        assertThat(greet.said).containsExactly("@no-such-file", "@no-such-file");
    }

    @Test
    void helpComesFromTheDeclarationsWithSpacedValues() {
        Result help = run("--help");

        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("usage: greet [-h] [--times N] [--loud] [--to NAME]... [--fail HOW] [WORD]")
                .contains("--times N", "say it N times (default 1)", "--to NAME", "whom to greet", "Exit status: 0, 1 or 2.");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void badUsageIsOneLineNamingTheInputAsTypedWithTheSynopsisAndExitCodeTwo() {
        assertThat(problem("--times", "x")).isEqualTo("greet: --times x: not a whole number");
        assertThat(problem("--times=0")).isEqualTo("greet: --times=0: must be at least 1");
        assertThat(problem("--times")).isEqualTo("greet: --times needs a value");
        assertThat(problem("--loud=maybe")).startsWith("greet: --loud=maybe: ");
        assertThat(problem("--tiems", "2")).isEqualTo("greet: unknown option --tiems");
        assertThat(problem("hi", "there")).isEqualTo("greet: unexpected argument there");
    }

    /** The one line's problem, after checking the rest of the line, the exit code and stdout. */
    private String problem(String... args) {
        Result result = run(args);
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString().contains("; usage: greet [-h] [--times N] [--loud]");
        return result.err().substring(0, result.err().indexOf("; usage: "));
    }

    @Test
    void aFailureWhileRunningIsOneLineAndExitCodeOneNeverAStackTrace() {
        Result io = run("--fail", "io");
        Result bug = run("--fail", "bug");

        assertThat(io.code()).isEqualTo(1);
        assertThat(io.err()).isEqualTo("greet: cannot write to /nowhere" + System.lineSeparator());
        assertThat(bug.code()).isEqualTo(1);
        assertThat(bug.err().lines()).singleElement().asString()
                .isEqualTo("greet: unexpected error: java.lang.IllegalStateException: a bug");
        assertThat(io.out() + bug.out()).isEmpty();
    }

    @Test
    void aFailureWhoseMessageRunsOverManyLinesIsStillOneLine() {
        Result result = run("--fail", "lines");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().isEqualTo("greet: first line");
    }

    @Test
    void aPositionalValueThatCannotBeReadIsNamedByItsLabel() {
        @Command(name = "wait")
        final class Wait implements Callable<Integer> {
            @Parameters(paramLabel = "SECONDS", converter = WholeNumbers.AtLeastOne.class)
            int seconds;

            @Parameters(paramLabel = "DIR", index = "1")
            Path dir;

            @Override
            public Integer call() {
                return 0;
            }
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = CommandLines.execute(new Wait(), new String[] {"soon"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int missing = CommandLines.execute(new Wait(), new String[] {"1"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(missing).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).satisfiesExactly(
                line -> assertThat(line).startsWith("wait: SECONDS soon: not a whole number; usage: wait"),
                line -> assertThat(line).startsWith("wait: missing DIR; usage: wait"));
    }
}
