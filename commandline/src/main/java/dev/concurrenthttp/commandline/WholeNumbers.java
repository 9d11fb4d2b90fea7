package dev.concurrenthttp.commandline;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Whole-number option values, with the messages every command line gives for them. */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /** The number in {@code value}, or a conversion error: "not a whole number". */
    public static int parse(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("not a whole number");
        }
    }

    /** A count: a whole number of at least 1. */
    public static final class AtLeastOne implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            int number = parse(value);
            if (number < 1) {
                throw new TypeConversionException("must be at least 1");
            }
            return number;
        }
    }

    /** A TCP port: 0 to 65535, 0 for any free one. */
    public static final class Port implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            int port = parse(value);
            if (port < 0 || port > 65_535) {
                throw new TypeConversionException("must be from 0 to 65535");
            }
            return port;
        }
    }
}
