package dev.concurrenthttp.tour;

import dev.concurrenthttp.support.Fetcher;
import java.util.function.Supplier;

/**
 * One step on the tour: its module, its fetcher, whether it runs requests at once, and the
 * Python construct it mirrors.
 */
public record TourStep(String module, Supplier<? extends Fetcher> fetchers, boolean concurrent, String mirrors) {
}
