package dev.concurrenthttp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NginxConfigTest {

    @Test
    void keepsEverythingNginxWritesInItsOwnDirectoryAndListensOnLoopbackOnly(@TempDir Path dir) {
        String config = NginxConfig.render(dir, 41234);

        assertThat(config).contains("listen 127.0.0.1:41234;", "daemon off;", "worker_processes 1;",
                "access_log off;", "pid " + dir.toAbsolutePath() + "/nginx.pid;",
                "error_log " + dir.toAbsolutePath() + "/error.log");
        assertThat(config.lines().filter(line -> line.strip().matches("\\w+_temp_path .*")))
                .hasSize(5).allMatch(line -> line.contains(dir.toAbsolutePath().toString()));
    }

    @Test
    void servesAFreshUuidInHttpbinsShape(@TempDir Path dir) throws Exception {
        Tools tools = Tools.find();
        assumeTrue(tools.nginx().isPresent(), "nginx not installed (apt-get install -y nginx-light)");

        try (NginxServer nginx = NginxServer.start(tools.nginx().get(), List.of(), dir);
                HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(nginx.baseUri().resolve("/uuid")).timeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> second = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("content-type")).hasValue("application/json");
            String shape = "\\{\\n  \"uuid\": \"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"\\n}\\n";
            assertThat(first.body()).matches(shape);
            assertThat(second.body()).matches(shape).isNotEqualTo(first.body());
        }
    }
}
