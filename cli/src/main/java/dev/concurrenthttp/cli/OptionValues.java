package dev.concurrenthttp.cli;

import dev.concurrenthttp.commandline.WholeNumbers;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the values of {@link StepOptions}; each message says what is wrong with the value, and
 * the command line puts the option and the value in front of it.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** A path, with a query if need be, that starts with {@code /}. */
    static final class UrlPath implements ITypeConverter<String> {

        @Override
        public String convert(String value) {
            String path = value.startsWith("/") ? value : "/" + value;
            URI parsed;
            try {
                parsed = new URI("http://localhost" + path);
            } catch (URISyntaxException e) {
                throw new TypeConversionException("not a URL path (" + e.getReason() + ")");
            }
            if (parsed.getRawFragment() != null) {
                throw new TypeConversionException("must not have a fragment");
            }
            return path;
        }
    }

    /** Seconds, fractions allowed, more than 0 and at most an hour. */
    static final class Seconds implements ITypeConverter<Duration> {

        @Override
        public Duration convert(String value) {
            double seconds;
            try {
                seconds = new BigDecimal(value.strip()).doubleValue();
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a number of seconds");
            }
            if (!(seconds > 0) || seconds > 3600) {
                throw new TypeConversionException("must be more than 0 and at most 3600 seconds");
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        }
    }

    /** From 0, never send again, to {@link StepOptions#MAX_RETRIES}. */
    static final class Retries implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            int retries = WholeNumbers.parse(value);
            if (retries < 0 || retries > StepOptions.MAX_RETRIES) {
                throw new TypeConversionException("must be from 0 (no retries) to " + StepOptions.MAX_RETRIES);
            }
            return retries;
        }
    }

    /** A file to write, in a directory that exists: checked now, not after a run that may take minutes. */
    static final class SvgFile implements ITypeConverter<Path> {

        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("needs a file name");
            }
            Path file;
            try {
                file = Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("not a file name (" + e.getReason() + ")");
            }
            Path directory = file.toAbsolutePath().getParent();
            if (directory != null && !Files.isDirectory(directory)) {
                throw new TypeConversionException("no such directory " + directory);
            }
            return file;
        }
    }
}
