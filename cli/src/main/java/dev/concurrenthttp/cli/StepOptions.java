package dev.concurrenthttp.cli;

import dev.concurrenthttp.commandline.WholeNumbers;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every step's command line shares, read by picocli; {@code --help} lists them from
 * these declarations.
 */
public final class StepOptions {

    /** The three paths the Python tutorial fetches. */
    public static final List<String> DEFAULT_PATHS = List.of("/uuid", "/user-agent", "/headers");

    /** aiohttp's connector allows 100 connections by default; so do the concurrent steps. */
    public static final int DEFAULT_LIMIT = 100;

    /** More retries than this is a typo: the backoff reaches its ceiling long before. */
    public static final int MAX_RETRIES = 100;

    /** More requests than this in one run is a typo, not a test: the list alone would fill the heap. */
    public static final int MAX_REQUESTS = 1_000_000;

    @Option(names = "--base-url", paramLabel = "URL", converter = OptionValues.BaseUrl.class,
            description = "ask this server (for example https://httpbin.org) instead of an embedded local httpbin")
    private URI baseUrl;

    @Option(names = "--path", paramLabel = "P", converter = OptionValues.UrlPath.class,
            description = "fetch this path; repeat the option for more (default: /uuid /user-agent /headers)")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", converter = WholeNumbers.AtLeastOne.class,
            description = "fetch each path N times (default ${DEFAULT-VALUE})")
    private int repeat;

    @Option(names = "--limit", paramLabel = "C", converter = WholeNumbers.AtLeastOne.class,
            description = "at most C requests in flight (default " + DEFAULT_LIMIT
                    + "; not for step 1, which fetches one at a time)")
    private Integer limit;

    // tag::default-timeout[]
    @Option(names = "--timeout", paramLabel = "S", defaultValue = "10",
            converter = OptionValues.Seconds.class,
            description = "seconds allowed for each whole request: connecting, headers and body,"
                    + " retries included (default ${DEFAULT-VALUE})")
    private Duration timeout;
    // end::default-timeout[]

    @Option(names = "--retries", paramLabel = "N", defaultValue = "0", converter = OptionValues.Retries.class,
            description = "send a request again, up to N times, after a connection that could not be made"
                    + " (refused, or the host name did not resolve) or a 502, 503 or 504 (or a 429 that says"
                    + " when), waiting a random backoff or what Retry-After asks"
                    + " (default ${DEFAULT-VALUE}: never, as in requests and aiohttp)")
    private int retries;

    @Option(names = "--quiet", description = "print no bodies; failures are still printed")
    private boolean quiet;

    @Option(names = "--timeline", description = "draw a bar per request from its start to its end")
    private boolean timeline;

    @Option(names = "--timeline-svg", paramLabel = "FILE", converter = OptionValues.SvgFile.class,
            description = "write that timeline as an SVG picture")
    private Path timelineSvg;

    @Option(names = "--stats", description = "print the peak platform threads and memory (RSS) of the run")
    private boolean stats;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    private boolean help;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private final boolean concurrent;

    /** @param concurrent false for a step that fetches one URL at a time, which rejects {@code --limit} */
    StepOptions(boolean concurrent) {
        this.concurrent = concurrent;
    }

    /** What no single option can check: called once they are all read. */
    void check() {
        if (!concurrent && limit != null) {
            throw usage("--limit " + limit + ": this step fetches one URL at a time; --limit is for steps 2 to 4");
        }
        if ((long) paths().size() * repeat > MAX_REQUESTS) {
            throw usage("--repeat " + repeat + ": " + paths().size() + " paths, " + repeat
                    + " times each, is more than " + MAX_REQUESTS + " requests");
        }
    }

    private ParameterException usage(String problem) {
        return new ParameterException(command.commandLine(), problem);
    }

    /** The server to ask; empty means an embedded local httpbin. */
    public Optional<URI> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** The paths to fetch, each {@link #repeat} times, in this order. */
    public List<String> paths() {
        return paths.isEmpty() ? DEFAULT_PATHS : List.copyOf(paths);
    }

    public int repeat() {
        return repeat;
    }

    /** Most requests in flight at once: 1 for a step that fetches one URL at a time. */
    public int limit() {
        return limit != null ? limit : concurrent ? DEFAULT_LIMIT : 1;
    }

    /** Bounds each whole request: connection, headers and body, every retry and every wait before one. */
    public Duration timeout() {
        return timeout;
    }

    /** How many times a failed request may be sent again; 0, the default, for never. */
    public int retries() {
        return retries;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean timeline() {
        return timeline;
    }

    /** Where to write the timeline as SVG, if anywhere. */
    public Optional<Path> timelineSvg() {
        return Optional.ofNullable(timelineSvg);
    }

    /** Print the run's peak platform threads and peak memory. */
    public boolean stats() {
        return stats;
    }

    /** The URLs to fetch, in order: each path {@code repeat} times, against {@code base}. */
    public List<URI> urls(URI base) {
        String root = base.toString().replaceAll("/+$", "");
        List<URI> urls = new ArrayList<>(paths().size() * repeat);
        for (String path : paths()) {
            URI url = URI.create(root + path);
            for (int i = 0; i < repeat; i++) {
                urls.add(url);
            }
        }
        return urls;
    }
}
