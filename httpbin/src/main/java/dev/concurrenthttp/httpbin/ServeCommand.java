package dev.concurrenthttp.httpbin;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The command line of {@link LocalHttpbin#main}: parse, start, print the URL, serve. */
final class ServeCommand {

    static final int DEFAULT_PORT = 8080;
    static final String NAME = "local-httpbin";
    static final String USAGE = "usage: " + NAME + " [--port N] [--help]";
    private static final String HELP = """
            Serves httpbin's endpoints on 127.0.0.1 until Ctrl-C, for working without a network.
              --port N   listen on port N (default %d; 0 picks a free port)
              --help     print this help
            Exit status: 1 when the port cannot be bound, 2 for bad usage.""".formatted(DEFAULT_PORT);

    private ServeCommand() {
    }

    /** Returns the exit status; {@code serve} returns when the server should stop. */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<LocalHttpbin> serve) {
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                out.println(HELP);
                return 0;
            } else if (arg.equals("--port") || arg.startsWith("--port=")) {
                String value = arg.equals("--port") ? (i + 1 < args.length ? args[++i] : null) : arg.substring(7);
                if (value == null) {
                    return usageError(err, "--port needs a value");
                }
                port = parsePort(value);
                if (port < 0) {
                    return usageError(err, "--port needs a number from 0 to 65535, got: " + value);
                }
            } else {
                return usageError(err, "unknown argument: " + arg);
            }
        }
        LocalHttpbin httpbin;
        try {
            httpbin = LocalHttpbin.start(port);
        } catch (UncheckedIOException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
        out.println("local httpbin serving on " + httpbin.baseUri() + " (Ctrl-C to stop)");
        out.flush();
        try (httpbin) {
            serve.accept(httpbin);
        }
        return 0;
    }

    private static int parsePort(String value) {
        if (value.isEmpty() || value.length() > 5 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int port = Integer.parseInt(value);
        return port <= 65535 ? port : -1;
    }

    private static int usageError(PrintStream err, String message) {
        err.println(NAME + ": " + message + "; " + USAGE);
        return 2;
    }
}
