package dev.concurrenthttp.cli;

import dev.concurrenthttp.commandline.BaseUrl;
import dev.concurrenthttp.commandline.WholeNumbers;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The options every step's command line shares: declared here for picocli, which reads them and
 * draws {@code --help} from these declarations, then read back once parsing is over.
 *
 * <p>They are declared with picocli's programmatic API, not its annotations: a step's cold run is
 * measured against the Python tutorial's, and reading the annotations took about a third of
 * picocli's start-up (the JDK builds a proxy class for each annotation type on first use).
 */
public final class StepOptions {

    /** The three paths the Python tutorial fetches. */
    public static final List<String> DEFAULT_PATHS = List.of("/uuid", "/user-agent", "/headers");

    /** aiohttp's connector allows 100 connections by default; so do the concurrent steps. */
    public static final int DEFAULT_LIMIT = 100;

    // tag::default-timeout[]
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    // end::default-timeout[]

    /** More retries than this is a typo: the backoff reaches its ceiling long before. */
    public static final int MAX_RETRIES = 100;

    /** More requests than this in one run is a typo, not a test: the list alone would fill the heap. */
    public static final int MAX_REQUESTS = 1_000_000;

    private final Optional<URI> baseUrl;
    private final List<String> paths;
    private final int repeat;
    private final int limit;
    private final Duration timeout;
    private final int retries;
    private final boolean quiet;
    private final boolean timeline;
    private final Optional<Path> timelineSvg;
    private final boolean stats;

    /** Declares the options on a step's command; {@code --help} lists them in this order. */
    static CommandSpec declare(CommandSpec command) {
        return command
                .addOption(valued("--base-url", "URL", URI.class, new BaseUrl(), null,
                        "ask this server (for example https://httpbin.org) instead of an embedded local httpbin"))
                .addOption(OptionSpec.builder("--path").paramLabel("P")
                        .type(List.class).auxiliaryTypes(String.class).converters(new OptionValues.UrlPath())
                        .description("fetch this path; repeat the option for more (default: /uuid /user-agent /headers)")
                        .build())
                .addOption(valued("--repeat", "N", Integer.class, new WholeNumbers.AtLeastOne(), "1",
                        "fetch each path N times (default ${DEFAULT-VALUE})", "-n"))
                .addOption(valued("--limit", "C", Integer.class, new WholeNumbers.AtLeastOne(), null,
                        "at most C requests in flight (default " + DEFAULT_LIMIT
                                + "; not for step 1, which fetches one at a time)", "-c"))
                .addOption(valued("--timeout", "S", Duration.class, new OptionValues.Seconds(),
                        String.valueOf(DEFAULT_TIMEOUT.toSeconds()),
                        "seconds allowed for each whole request: connecting, headers and body,"
                                + " retries included (default ${DEFAULT-VALUE})"))
                .addOption(valued("--retries", "N", Integer.class, new OptionValues.Retries(), "0",
                        "send a request again, up to N times, after a connection that could not be made"
                                + " (refused, or the host name did not resolve) or a 502, 503 or 504 (or a 429"
                                + " that says when), waiting a random backoff or what Retry-After asks"
                                + " (default ${DEFAULT-VALUE}: never, as in requests and aiohttp)"))
                .addOption(flag("--quiet", "print no bodies; failures are still printed", "-q"))
                .addOption(flag("--timeline", "draw a bar per request from its start to its end"))
                .addOption(valued("--timeline-svg", "FILE", Path.class, new OptionValues.SvgFile(), null,
                        "write that timeline as an SVG picture"))
                .addOption(flag("--stats", "print the peak platform threads and memory (RSS) of the run"))
                .addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("print this help").build());
    }

    /** An option with a value; {@code shortName}, if given, names it too ({@code -n} for {@code --repeat}). */
    private static OptionSpec valued(String name, String label, Class<?> type, ITypeConverter<?> converter,
            String defaultValue, String description, String... shortName) {
        return OptionSpec.builder(names(name, shortName)).paramLabel(label).type(type).converters(converter)
                .defaultValue(defaultValue).description(description).build();
    }

    private static OptionSpec flag(String name, String description, String... shortName) {
        return OptionSpec.builder(names(name, shortName)).type(boolean.class).initialValue(false)
                .description(description).build();
    }

    private static String[] names(String name, String... shortName) {
        List<String> names = new ArrayList<>(List.of(shortName));
        names.add(name);
        return names.toArray(String[]::new);
    }

    /**
     * Reads the options back from a parsed command, and checks what no single option can.
     *
     * @param concurrent false for a step that fetches one URL at a time, which rejects {@code --limit}
     */
    static StepOptions read(CommandSpec parsed, boolean concurrent) {
        List<String> paths = value(parsed, "--path");
        Integer limit = value(parsed, "--limit");
        StepOptions options = new StepOptions(parsed, paths == null || paths.isEmpty() ? DEFAULT_PATHS : paths,
                limit != null ? limit : concurrent ? DEFAULT_LIMIT : 1);
        if (!concurrent && limit != null) {
            throw new ParameterException(parsed.commandLine(),
                    "--limit " + limit + ": this step fetches one URL at a time; --limit is for steps 2 to 4");
        }
        if ((long) options.paths.size() * options.repeat > MAX_REQUESTS) {
            throw new ParameterException(parsed.commandLine(), "--repeat " + options.repeat + ": "
                    + options.paths.size() + " paths, " + options.repeat + " times each, is more than "
                    + MAX_REQUESTS + " requests");
        }
        return options;
    }

    private StepOptions(CommandSpec parsed, List<String> paths, int limit) {
        this.baseUrl = Optional.ofNullable(value(parsed, "--base-url"));
        this.paths = List.copyOf(paths);
        this.repeat = value(parsed, "--repeat");
        this.limit = limit;
        this.timeout = value(parsed, "--timeout");
        this.retries = value(parsed, "--retries");
        this.quiet = value(parsed, "--quiet");
        this.timeline = value(parsed, "--timeline");
        this.timelineSvg = Optional.ofNullable(value(parsed, "--timeline-svg"));
        this.stats = value(parsed, "--stats");
    }

    private static <T> T value(CommandSpec parsed, String option) {
        return parsed.findOption(option).getValue();
    }

    /** The server to ask; empty means an embedded local httpbin. */
    public Optional<URI> baseUrl() {
        return baseUrl;
    }

    /** The paths to fetch, each {@link #repeat} times, in this order. */
    public List<String> paths() {
        return paths;
    }

    public int repeat() {
        return repeat;
    }

    /** Most requests in flight at once: 1 for a step that fetches one URL at a time. */
    public int limit() {
        return limit;
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
        return timelineSvg;
    }

    /** Print the run's peak platform threads and peak memory. */
    public boolean stats() {
        return stats;
    }

    /** The URLs to fetch, in order: each path {@code repeat} times, against {@code base}. */
    public List<URI> urls(URI base) {
        String root = base.toString().replaceAll("/+$", "");
        List<URI> urls = new ArrayList<>(paths.size() * repeat);
        for (String path : paths) {
            URI url = URI.create(root + path);
            for (int i = 0; i < repeat; i++) {
                urls.add(url);
            }
        }
        return urls;
    }
}
