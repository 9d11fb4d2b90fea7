import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The workshop's setup check: run it first, from the project's root folder, with
 * {@code java setup/SetupCheck.java}. It says, line by line, what is fine and what to fix,
 * and exits non-zero when something would stop the workshop.
 *
 * <p>It is one source file run by the {@code java} launcher, written for Java 11, so that it can
 * still say clearly that a Java 11 or 17 is too old. Options: {@code --no-smoke} skips the
 * three-request run.
 */
public class SetupCheck {

    static final int NEEDED_JAVA = 21;
    static final String MAVEN_VERSION = "3.9.16";
    static final int LOCAL_HTTPBIN_PORT = 8080;
    static final int WANTED_OPEN_FILES = 10_000;

    /** Artifacts the build, the tests, the docs and every step need: present means the local repository was filled. */
    static final String[] REPOSITORY_SAMPLES = {
        "org/asciidoctor/asciidoctor-maven-plugin",
        "org/asciidoctor/asciidoctorj",
        "org/wiremock/wiremock",
        "org/apache/httpcomponents/client5/httpclient5",
        "org/junit/platform/junit-platform-launcher",
        "org/apache/maven/surefire/surefire-junit-platform",
        "org/codehaus/mojo/exec-maven-plugin",
        "dev/concurrenthttp/support",
    };

    static int blocking = 0;
    static int warnings = 0;

    public static void main(String[] args) throws Exception {
        boolean smoke = !List.of(args).contains("--no-smoke");
        Path root = Paths.get("").toAbsolutePath();
        System.out.println("Setup check for the Concurrent HTTP in Java workshop, in " + root);

        checkJava();
        checkJavaHome();
        checkWrapper(root);
        Path repository = checkRepository();
        checkPort();
        checkOpenFiles();
        if (smoke && blocking == 0) {
            smokeRun(root, repository);
        } else if (smoke) {
            System.out.println("skip  three-request run: fix the lines marked FIX first");
        }

        System.out.println();
        if (blocking > 0) {
            System.out.println(blocking + " problem(s) would stop the workshop: fix the lines marked FIX, then run this again.");
            System.exit(1);
        }
        System.out.println(warnings == 0 ? "All set." : "Ready, with " + warnings + " warning(s) worth a look.");
    }

    static void checkJava() {
        int feature = Runtime.version().feature();
        if (feature >= NEEDED_JAVA) {
            ok("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
        } else {
            fix("Java " + Runtime.version() + " found at " + System.getProperty("java.home")
                    + ": the workshop needs JDK " + NEEDED_JAVA + " or newer. Install one and put it first on PATH.");
        }
    }

    static void checkJavaHome() {
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome == null || javaHome.isBlank()) {
            warn("JAVA_HOME is not set: the Maven wrapper will use the java on PATH. Set JAVA_HOME to your JDK "
                    + NEEDED_JAVA + "+ to be sure.");
            return;
        }
        Path release = Paths.get(javaHome, "release");
        int feature = releaseFeature(release);
        if (feature >= NEEDED_JAVA) {
            ok("JAVA_HOME " + javaHome + " (JDK " + feature + ")");
        } else if (feature > 0) {
            fix("JAVA_HOME " + javaHome + " is JDK " + feature + ": the build needs " + NEEDED_JAVA
                    + "+. Point JAVA_HOME at a newer JDK.");
        } else {
            fix("JAVA_HOME " + javaHome + " does not look like a JDK (no release file). Point it at a JDK "
                    + NEEDED_JAVA + "+.");
        }
    }

    static void checkWrapper(Path root) {
        if (!Files.isRegularFile(root.resolve("mvnw")) || !Files.isRegularFile(root.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
            fix("no Maven wrapper here: run this from the project's root folder (where mvnw is).");
            return;
        }
        Path dists = Paths.get(System.getProperty("user.home"), ".m2", "wrapper", "dists", "apache-maven-" + MAVEN_VERSION);
        if (Files.isDirectory(dists)) {
            ok("Maven " + MAVEN_VERSION + " downloaded by the wrapper (" + dists + ")");
        } else {
            fix("the wrapper has not downloaded Maven " + MAVEN_VERSION + " yet: run the preparation command"
                    + " (README, \"Before the workshop\") while you are online.");
        }
    }

    static Path checkRepository() {
        Path repository = Paths.get(System.getProperty("user.home"), ".m2", "repository");
        List<String> missing = new ArrayList<>();
        for (String sample : REPOSITORY_SAMPLES) {
            if (!Files.isDirectory(repository.resolve(sample))) {
                missing.add(sample.replace('/', '.'));
            }
        }
        if (missing.isEmpty()) {
            ok("local Maven repository filled for offline work (" + repository + ")");
        } else {
            fix("local Maven repository not filled (missing " + String.join(", ", missing) + "): run the"
                    + " preparation command (README, \"Before the workshop\") while you are online.");
        }
        return repository;
    }

    static void checkPort() {
        try (ServerSocket any = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ok("loopback networking works (a free port: " + any.getLocalPort() + ")");
        } catch (IOException e) {
            fix("cannot open a port on 127.0.0.1 (" + e.getMessage() + "): the local httpbin needs one.");
            return;
        }
        try (ServerSocket fixed = new ServerSocket(LOCAL_HTTPBIN_PORT, 1, InetAddress.getLoopbackAddress())) {
            ok("port " + LOCAL_HTTPBIN_PORT + " is free for a stand-alone local httpbin");
        } catch (IOException e) {
            warn("port " + LOCAL_HTTPBIN_PORT + " is in use: start the stand-alone local httpbin with another"
                    + " --port (the steps pick a free port themselves).");
        }
    }

    static void checkOpenFiles() {
        Path limits = Paths.get("/proc/self/limits");
        if (!Files.isReadable(limits)) {
            ok("open-files limit: not checked on this system (" + System.getProperty("os.name") + ")");
            return;
        }
        try (Stream<String> lines = Files.lines(limits)) {
            String line = lines.filter(l -> l.startsWith("Max open files")).findFirst().orElse("");
            String[] words = line.trim().split("\\s+");
            String soft = words.length > 3 ? words[3] : "";
            if (soft.equals("unlimited") || (!soft.isEmpty() && Long.parseLong(soft) >= WANTED_OPEN_FILES)) {
                ok("open-files limit " + soft);
            } else {
                warn("open-files limit is " + soft + ": runs with thousands of requests in flight fail with"
                        + " \"Too many open files\". Raise it with: ulimit -n " + 2 * WANTED_OPEN_FILES);
            }
        } catch (IOException | RuntimeException e) {
            warn("could not read the open-files limit: " + e.getMessage());
        }
    }

    static void smokeRun(Path root, Path repository) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        List<String> command = new ArrayList<>(windows ? List.of("cmd", "/c", "mvnw.cmd") : List.of("sh", "./mvnw"));
        command.addAll(List.of("-o", "-q", "-pl", "step1-blocking", "exec:java", "-Dexec.args=--quiet"));
        File log = File.createTempFile("setup-check", ".log");
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fix("the three-request run did not finish within 3 minutes (log: " + log + ")");
            return;
        }
        List<String> output = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
        String last = output.isEmpty() ? "" : output.get(output.size() - 1);
        if (process.exitValue() == 0 && last.startsWith("done: 3 ok, 0 failed")) {
            ok("three-request run offline: " + last);
            log.delete();
        } else {
            fix("the three-request run failed (exit " + process.exitValue() + "; log: " + log + "). Last line: " + last);
        }
    }

    static int releaseFeature(Path release) {
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String first = version.split("[.+-]")[0];
                    return first.equals("1") ? Integer.parseInt(version.split("\\.")[1]) : Integer.parseInt(first);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a JDK
        }
        return 0;
    }

    static void ok(String message) {
        System.out.println("ok    " + message);
    }

    static void warn(String message) {
        warnings++;
        System.out.println("warn  " + message);
    }

    static void fix(String message) {
        blocking++;
        System.out.println("FIX   " + message);
    }
}
