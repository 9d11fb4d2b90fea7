package dev.concurrenthttp.httpbin.scenarios;

import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.commandline.ServerOptions;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The command line of {@link ScenarioServer#main}: start, print the URL, serve. */
@Command(name = "scenario-server", sortOptions = false, synopsisHeading = "usage: ",
        description = "Serves the easyracer course's scenarios, GET /1 to /11, on 127.0.0.1 until Ctrl-C.",
        footer = "Exit status: 1 when the port cannot be bound, 2 for bad usage.")
final class ServeScenarios implements Callable<Integer> {

    @Mixin
    private ServerOptions options;

    private final PrintStream out;
    private final Consumer<ScenarioServer> serve;

    private ServeScenarios(PrintStream out, Consumer<ScenarioServer> serve) {
        this.out = out;
        this.serve = serve;
    }

    /** Returns the exit status; {@code serve} returns when the server should stop. */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<ScenarioServer> serve) {
        return CommandLines.execute(new ServeScenarios(out, serve), args, out, err);
    }

    @Override
    public Integer call() {
        try (ScenarioServer server = ScenarioServer.start(options.port())) {
            out.println(ScenarioServer.SERVING_ON + server.baseUri() + " (Ctrl-C to stop)");
            out.flush();
            serve.accept(server);
        }
        return CommandLines.OK;
    }
}
