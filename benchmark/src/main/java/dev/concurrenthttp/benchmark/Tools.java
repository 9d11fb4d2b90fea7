package dev.concurrenthttp.benchmark;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The programs the benchmark runs beside Java, found on the PATH (and in /usr/sbin for nginx). */
record Tools(Optional<Path> nginx, Optional<Path> wrk, Optional<Path> python, boolean aiohttp, Optional<Path> taskset) {

    static final Path PYTHON = Path.of("/usr/bin/python3"); // the system one, with Debian's packages

    static Tools find() {
        Optional<Path> python = Files.isExecutable(PYTHON) ? Optional.of(PYTHON) : Optional.empty();
        return new Tools(onPath("nginx"), onPath("wrk"), python, python.isPresent() && imports(python.get(), "aiohttp"),
                onPath("taskset"));
    }

    /** The Debian packages still to install for a full run, empty when nothing is missing. */
    List<String> missingPackages() {
        List<String> missing = new ArrayList<>();
        if (nginx.isEmpty()) {
            missing.add("nginx-light");
        }
        if (wrk.isEmpty()) {
            missing.add("wrk");
        }
        if (!aiohttp) {
            missing.add("python3-aiohttp");
        }
        return missing;
    }

    /** Pinning needs taskset and a second core for the server. */
    boolean canPin() {
        return taskset.isPresent() && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /** {@code taskset -c CORE}, or nothing where the benchmark cannot pin. */
    List<String> pinnedTo(int core) {
        return canPin() ? List.of(taskset.get().toString(), "-c", String.valueOf(core)) : List.of();
    }

    static Optional<Path> onPath(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin"));
        return dirs.stream().filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable).findFirst();
    }

    private static boolean imports(Path python, String module) {
        try {
            Process process = new ProcessBuilder(python.toString(), "-c", "import " + module)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
