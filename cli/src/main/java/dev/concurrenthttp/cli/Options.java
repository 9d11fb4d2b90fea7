package dev.concurrenthttp.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line every step's main shares.
 *
 * @param baseUrl     the server to ask; empty means an embedded local httpbin
 * @param paths       the paths to fetch, each {@code repeat} times, in this order
 * @param limit       most requests in flight at once
 * @param timeout     bounds each whole request: connection, headers and body, every retry and
 *                    every wait before one
 * @param retries     how many times a failed request may be sent again; 0, the default, for never
 * @param timelineSvg where to write the timeline as SVG, if anywhere
 * @param stats       print the run's peak platform threads and peak memory
 */
public record Options(
        Optional<URI> baseUrl,
        List<String> paths,
        int repeat,
        int limit,
        Duration timeout,
        int retries,
        boolean quiet,
        boolean timeline,
        Optional<Path> timelineSvg,
        boolean stats,
        boolean help) {

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

    public static final String SYNOPSIS = "[--base-url URL] [--path P]... [--repeat N] [--limit C]"
            + " [--timeout S] [--retries N] [--quiet] [--timeline] [--timeline-svg FILE] [--stats] [--help]";

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

    /**
     * @param limitAllowed false for a step that fetches one URL at a time, which rejects {@code --limit}
     */
    public static Options parse(List<String> args, boolean limitAllowed) throws UsageException {
        Optional<URI> baseUrl = Optional.empty();
        List<String> paths = new ArrayList<>();
        int repeat = 1;
        int limit = limitAllowed ? DEFAULT_LIMIT : 1;
        Duration timeout = DEFAULT_TIMEOUT;
        int retries = 0;
        boolean quiet = false;
        boolean timeline = false;
        Optional<Path> timelineSvg = Optional.empty();
        boolean stats = false;
        boolean help = false;

        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            switch (name) {
                case "--quiet" -> quiet = noValue(name, inlineValue);
                case "--timeline" -> timeline = noValue(name, inlineValue);
                case "--stats" -> stats = noValue(name, inlineValue);
                case "--help", "-h" -> help = noValue(name, inlineValue);
                case "--base-url", "--path", "--repeat", "--limit", "--timeout", "--retries", "--timeline-svg" -> {
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--base-url" -> baseUrl = Optional.of(baseUrl(value));
                        case "--path" -> paths.add(path(value));
                        case "--repeat" -> repeat = atLeastOne(name, value);
                        case "--limit" -> {
                            if (!limitAllowed) {
                                throw new UsageException("--limit " + value
                                        + ": this step fetches one URL at a time; --limit is for steps 2 to 4");
                            }
                            limit = atLeastOne(name, value);
                        }
                        case "--timeout" -> timeout = seconds(name, value);
                        case "--retries" -> retries = retries(name, value);
                        case "--timeline-svg" -> timelineSvg = Optional.of(svgPath(value));
                        default -> throw new AssertionError(name);
                    }
                }
                default -> throw new UsageException(arg.startsWith("-")
                        ? "unknown option " + arg
                        : "unexpected argument " + arg + " (paths go after --path)");
            }
        }
        List<String> chosenPaths = paths.isEmpty() ? DEFAULT_PATHS : List.copyOf(paths);
        if ((long) chosenPaths.size() * repeat > MAX_REQUESTS) {
            throw new UsageException("--repeat " + repeat + ": " + chosenPaths.size() + " paths, " + repeat
                    + " times each, is more than " + MAX_REQUESTS + " requests");
        }
        return new Options(baseUrl, chosenPaths,
                repeat, limit, timeout, retries, quiet, timeline, timelineSvg, stats, help);
    }

    private static boolean noValue(String name, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            throw new UsageException(name + " takes no value, got " + name + "=" + inlineValue);
        }
        return true;
    }

    private static URI baseUrl(String value) throws UsageException {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new UsageException("--base-url " + value + ": not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UsageException("--base-url " + value + ": needs an http:// or https:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new UsageException("--base-url " + value + ": has no host");
        }
        if (uri.getPort() > 65_535) {
            throw new UsageException("--base-url " + value + ": port " + uri.getPort() + " is out of range");
        }
        if (uri.getRawUserInfo() != null) {
            throw new UsageException("--base-url " + value + ": must not carry a user name or password,"
                    + " which every report line would print");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new UsageException("--base-url " + value + ": must not have a query or fragment");
        }
        return uri;
    }

    private static String path(String value) throws UsageException {
        String path = value.startsWith("/") ? value : "/" + value;
        try {
            URI parsed = new URI("http://localhost" + path);
            if (parsed.getRawFragment() != null) {
                throw new UsageException("--path " + value + ": must not have a fragment");
            }
        } catch (URISyntaxException e) {
            throw new UsageException("--path " + value + ": not a URL path (" + e.getReason() + ")");
        }
        return path;
    }

    private static int atLeastOne(String name, String value) throws UsageException {
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " " + value + ": not a whole number");
        }
        if (number < 1) {
            throw new UsageException(name + " " + value + ": must be at least 1");
        }
        return number;
    }

    private static int retries(String name, String value) throws UsageException {
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " " + value + ": not a whole number");
        }
        if (number < 0 || number > MAX_RETRIES) {
            throw new UsageException(name + " " + value + ": must be from 0 (no retries) to " + MAX_RETRIES);
        }
        return number;
    }

    private static Duration seconds(String name, String value) throws UsageException {
        double seconds;
        try {
            seconds = new java.math.BigDecimal(value.strip()).doubleValue();
        } catch (NumberFormatException e) {
            throw new UsageException(name + " " + value + ": not a number of seconds");
        }
        if (!(seconds > 0) || seconds > 3600) {
            throw new UsageException(name + " " + value + ": must be more than 0 and at most 3600 seconds");
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static Path svgPath(String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("--timeline-svg needs a file name");
        }
        Path file;
        try {
            file = Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("--timeline-svg " + value + ": not a file name (" + e.getReason() + ")");
        }
        // Checked now, not after a run that may take minutes.
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null && !java.nio.file.Files.isDirectory(directory)) {
            throw new UsageException("--timeline-svg " + value + ": no such directory " + directory);
        }
        return file;
    }
}
