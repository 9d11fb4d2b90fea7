package dev.concurrenthttp.httpbin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps' one-file recipes run as {@code java -cp httpbin/target/classes ThreeUrls.java}: the
 * local httpbin must start with its own classes alone, with no picocli beside them.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StartsWithoutDependenciesTest {

    private static final String RECIPE = """
            import dev.concurrenthttp.httpbin.LocalHttpbin;
            import java.net.http.HttpClient;
            import java.net.http.HttpRequest;
            import java.net.http.HttpResponse;
            import java.time.Duration;

            class StartAlone {
                public static void main(String... args) throws Exception {
                    try {
                        Class.forName("picocli.CommandLine");
                        System.out.println("picocli is on the class path");
                    } catch (ClassNotFoundException expected) {
                        System.out.println("httpbin's classes alone");
                    }
                    try (LocalHttpbin httpbin = LocalHttpbin.start(); HttpClient client = HttpClient.newHttpClient()) {
                        HttpRequest uuid = HttpRequest.newBuilder(httpbin.baseUri().resolve("/uuid"))
                                .timeout(Duration.ofSeconds(10)).build();
                        HttpResponse<String> response = client.send(uuid, HttpResponse.BodyHandlers.ofString());
                        System.out.println(response.statusCode() + " " + response.body().contains("\\"uuid\\""));
                    }
                }
            }
            """;

    @Test
    void aOneFileProgramStartsTheLocalHttpbinWithHttpbinsClassesAlone(@TempDir Path dir) throws Exception {
        Path classes = Path.of(LocalHttpbin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path recipe = Files.writeString(dir.resolve("StartAlone.java"), RECIPE);
        Path output = dir.resolve("output.txt");

        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), recipe.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        boolean ended = java.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            java.destroyForcibly();
        }
        assertThat(ended).as("the program ends within 60 s").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(java.exitValue()).as(printed).isZero();
        assertThat(printed.lines()).containsExactly("httpbin's classes alone", "200 true");
    }
}
