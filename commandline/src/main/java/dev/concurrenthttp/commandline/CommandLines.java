package dev.concurrenthttp.commandline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParseResult;

/**
 * How every command line of the project runs, on picocli: the options and {@code --help} come
 * from the command's declarations (its annotations, or a {@code CommandSpec}); bad usage is one
 * line on stderr that names the input and ends with the synopsis, exit code 2; a failure while
 * running is one line, exit code 1; success is exit code 0; never a stack trace.
 */
public final class CommandLines {

    /** Every request succeeded, or the command did what it was asked. */
    public static final int OK = CommandLine.ExitCode.OK;
    /** Something failed while running: a request, a port that cannot be bound. */
    public static final int FAILED = CommandLine.ExitCode.SOFTWARE;
    /** The command line itself was wrong. */
    public static final int BAD_USAGE = CommandLine.ExitCode.USAGE;

    private CommandLines() {
    }

    /**
     * Reads {@code args} into {@code command}'s options and calls it, or prints its help, or the
     * one line that says what is wrong with the input.
     *
     * @param command a {@code Callable<Integer>} that returns the exit code: annotated with
     *                {@code @Command}, or wrapped in a {@code CommandSpec} that declares its options
     * @return the exit code
     */
    public static int execute(Object command, String[] args, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(command)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                // An argument that starts with @ is a value, not a file to read more arguments from.
                .setExpandAtFiles(false)
                // The last of a repeated option wins, as in most command-line tools.
                .setOverwrittenOptionsAllowed(true)
                .setHelpFactory(CommandLines::help)
                .setParameterExceptionHandler(UsageErrors::printOneLine)
                .setExecutionExceptionHandler(CommandLines::printFailure);
        int code = line.execute(args);
        line.getOut().flush();
        line.getErr().flush();
        return code;
    }

    /**
     * Ends a main: exits with a non-zero code, returns quietly on 0 so that {@code exec:java},
     * which runs the main inside Maven's own JVM, can finish the build.
     */
    public static void exit(int code) {
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * The synopsis on one line, as the one-line error ends with it: picocli would wrap it, and
     * might break it between an option and its value.
     */
    static String synopsis(Help help) {
        return help.synopsis(0).strip().replaceAll("\\s+", " ");
    }

    /**
     * The help, in plain text, set up only when it is drawn: a run that needs none loads none of
     * it. Parsing is over by then, and it read both --port=N and --port N: the help shows the
     * second, as the README writes every option, and the synopsis on one line.
     */
    private static Help help(CommandSpec spec, Help.ColorScheme colors) {
        spec.parser().separator(" ");
        spec.usageMessage().sectionMap().put(UsageMessageSpec.SECTION_KEY_SYNOPSIS,
                help -> synopsis(help) + System.lineSeparator());
        return new Help(spec, Help.defaultColorScheme(Ansi.OFF));
    }

    private static int printFailure(Exception e, CommandLine line, ParseResult parsed) {
        String reason = e instanceof IOException || e instanceof UncheckedIOException
                ? e.getMessage()
                : "unexpected error: " + e;
        String firstLine = String.valueOf(reason).lines().findFirst().orElse(""); // one line, always
        line.getErr().println(line.getCommandName() + ": " + firstLine);
        line.getErr().flush();
        return FAILED;
    }
}
