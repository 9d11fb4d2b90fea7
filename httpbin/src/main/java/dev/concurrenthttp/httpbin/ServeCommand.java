package dev.concurrenthttp.httpbin;

import dev.concurrenthttp.commandline.CommandLines;
import dev.concurrenthttp.commandline.ServerOptions;
import dev.concurrenthttp.commandline.UntilStopped;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The local httpbin's command line: start it, print its URL, serve until Ctrl-C. Kept apart from
 * {@link LocalHttpbin}, which runs without picocli on the class path.
 */
@Command(name = "local-httpbin", sortOptions = false, synopsisHeading = "usage: ",
        description = "Serves httpbin's endpoints on 127.0.0.1 until Ctrl-C, for working without a network.",
        footer = "Exit status: 1 when the port cannot be bound, 2 for bad usage.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    private ServerOptions options;

    private final PrintStream out;
    private final Consumer<LocalHttpbin> serve;

    private ServeCommand(PrintStream out, Consumer<LocalHttpbin> serve) {
        this.out = out;
        this.serve = serve;
    }

    /** Serves until Ctrl-C. {@code --port N} (default 8080; 0 picks a free port), {@code --help}. */
    public static void main(String... args) {
        CommandLines.exit(run(args, System.out, System.err, UntilStopped::serve));
    }

    /** Returns the exit status; {@code serve} returns when the server should stop. */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<LocalHttpbin> serve) {
        return CommandLines.execute(new ServeCommand(out, serve), args, out, err);
    }

    @Override
    public Integer call() {
        try (LocalHttpbin httpbin = LocalHttpbin.start(options.port())) {
            out.println("local httpbin serving on " + httpbin.baseUri() + " (Ctrl-C to stop)");
            out.flush();
            serve.accept(httpbin);
        }
        return CommandLines.OK;
    }
}
