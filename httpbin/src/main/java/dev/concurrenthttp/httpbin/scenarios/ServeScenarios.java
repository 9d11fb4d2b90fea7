package dev.concurrenthttp.httpbin.scenarios;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The command line of {@link ScenarioServer#main}: parse, start, print the URL, serve. */
final class ServeScenarios {

    static final String NAME = "scenario-server";
    static final String USAGE = "usage: " + NAME + " [--port N] [--help]";

    private ServeScenarios() {
    }

    /** Returns the exit status; {@code serve} returns when the server should stop. */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<ScenarioServer> serve) {
        int port = 8080;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help")) {
                out.println(USAGE);
                out.println("Serves the easyracer course's scenarios, GET /1 to /11, on 127.0.0.1 until Ctrl-C.");
                return 0;
            }
            if (!args[i].equals("--port")) {
                return usageError(err, "unknown argument: " + args[i]);
            }
            if (i + 1 == args.length) {
                return usageError(err, "--port needs a value");
            }
            String value = args[++i];
            port = value.matches("[0-9]{1,5}") ? Integer.parseInt(value) : -1;
            if (port > 65535 || port < 0) {
                return usageError(err, "--port needs a number from 0 to 65535, got: " + value);
            }
        }
        ScenarioServer server;
        try {
            server = ScenarioServer.start(port);
        } catch (UncheckedIOException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
        out.println(ScenarioServer.SERVING_ON + server.baseUri() + " (Ctrl-C to stop)");
        out.flush();
        try (server) {
            serve.accept(server);
        }
        return 0;
    }

    private static int usageError(PrintStream err, String message) {
        err.println(NAME + ": " + message + "; " + USAGE);
        return 2;
    }
}
