package dev.concurrenthttp.benchmark;

import dev.concurrenthttp.commandline.WholeNumbers;
import dev.concurrenthttp.tour.TourStep;
import dev.concurrenthttp.tour.Tour;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the values of the benchmark's options and of its {@link Client}'s arguments. */
final class BenchmarkValues {

    /** More in flight than this would run out of file descriptors. */
    static final int MAX_SIZE = 20_000;

    private BenchmarkValues() {
    }

    /** Seconds, fractions allowed, 0 or more. */
    static final class Seconds implements ITypeConverter<Double> {

        @Override
        public Double convert(String value) {
            double seconds;
            try {
                seconds = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a number of seconds");
            }
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                throw new TypeConversionException("must be 0 seconds or more");
            }
            return seconds;
        }
    }

    /** A warm-up: 0 to 600 seconds. */
    static final class WarmupSeconds implements ITypeConverter<Double> {

        @Override
        public Double convert(String value) {
            double seconds = new Seconds().convert(value);
            if (seconds > 600) {
                throw new TypeConversionException("must be from 0 to 600 seconds");
            }
            return seconds;
        }
    }

    /** An L1 size: 1 to {@link #MAX_SIZE} requests in flight. */
    static final class Size implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            int size = new WholeNumbers.AtLeastOne().convert(value);
            if (size > MAX_SIZE) {
                throw new TypeConversionException("at most " + MAX_SIZE + " in flight (file descriptors)");
            }
            return size;
        }
    }

    /** A step of the tour, by its module's name. */
    static final class Step implements ITypeConverter<TourStep> {

        @Override
        public TourStep convert(String module) {
            return Tour.STEPS.stream().filter(step -> step.module().equals(module)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("not a step; one of "
                            + Tour.STEPS.stream().map(TourStep::module).collect(Collectors.joining(", "))));
        }
    }
}
