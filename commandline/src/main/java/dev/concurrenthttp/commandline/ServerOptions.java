package dev.concurrenthttp.commandline;

import picocli.CommandLine.Option;

/** The options of every command that serves until stopped: {@code --port N} and {@code --help}. */
public final class ServerOptions {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", converter = WholeNumbers.Port.class,
            description = "listen on port N (default ${DEFAULT-VALUE}; 0 picks a free port)")
    private int port;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    private boolean help;

    /** The port to listen on; 0 for any free one. */
    public int port() {
        return port;
    }
}
