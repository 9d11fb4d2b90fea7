package dev.concurrenthttp.commandline;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage in one line: {@code NAME: PROBLEM; usage: SYNOPSIS}, where the problem names the
 * input as it was typed ({@code --limit x: not a whole number}). picocli's own handler would
 * print its message and then the whole usage help.
 */
public final class UsageErrors {

    private UsageErrors() {
    }

    static int printOneLine(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        String synopsis = CommandLines.synopsis(line.getHelp());
        line.getErr().println(line.getCommandName() + ": " + problem(e, args) + "; usage: " + synopsis);
        line.getErr().flush();
        return CommandLines.BAD_USAGE;
    }

    /** What is wrong with {@code args}, naming the input: the one line without name and synopsis. */
    public static String problem(ParameterException e, String[] args) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().getFirst();
            return (first.startsWith("-") ? "unknown option " : "unexpected argument ") + first;
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<ArgSpec> specs = missing.getMissing();
            return specs.getFirst() instanceof OptionSpec option
                    ? option.longestName() + " needs a value"
                    : "missing " + specs.stream().map(ArgSpec::paramLabel).collect(Collectors.joining(" "));
        }
        if (e.getCause() instanceof TypeConversionException bad && e.getArgSpec() != null) {
            return typed(e.getArgSpec(), e.getValue(), args) + ": " + bad.getMessage();
        }
        return e.getMessage();
    }

    /** The option and its value as typed: {@code --limit=x} or {@code --limit x}. */
    private static String typed(ArgSpec spec, String given, String[] args) {
        String value = given == null ? "" : given;
        String shown = value.isEmpty() ? "\"\"" : value;
        if (!(spec instanceof OptionSpec option)) {
            return spec.paramLabel() + " " + shown;
        }
        List<String> typed = Arrays.asList(args);
        for (String name : option.names()) {
            if (typed.contains(name + "=" + value)) {
                return name + "=" + value;
            }
        }
        for (int i = 0; i + 1 < args.length; i++) {
            if (Arrays.asList(option.names()).contains(args[i]) && args[i + 1].equals(value)) {
                return args[i] + " " + shown; // the name as typed: -n, or --repeat
            }
        }
        return option.longestName() + " " + shown;
    }
}
