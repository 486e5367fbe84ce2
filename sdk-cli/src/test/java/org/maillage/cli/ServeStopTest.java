package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: {@code maillage serve} stopped by SIGTERM, as a process of its own, says on standard
 * error that it stopped once it has drained, in the language of the locale, and exits with the
 * status of the signal.
 */
class ServeStopTest {

    @ParameterizedTest(name = "LANG={0}")
    @ValueSource(strings = {"fr_FR.UTF-8", "en_GB.UTF-8"})
    void serve_onSigterm_saysItStopped_inTheLanguageOfTheLocale(String lang, @TempDir Path dir) throws Exception {
        boolean fr = lang.startsWith("fr");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--host", "127.0.0.1", "--port", "0", "--workers", "1");
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_MESSAGES");
        pb.environment().put("LANG", lang);
        Path stderr = dir.resolve("stderr.txt"); // destroy() closes the pipes: standard error goes to a file
        pb.redirectError(stderr.toFile());
        Process server = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("the first line is the base URL").matches("http://127\\.0\\.0\\.1:[0-9]+");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(first + "/health"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            server.destroy(); // SIGTERM
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
            List<String> err = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            assertThat(err).as("standard error").containsExactly(fr
                    ? "maillage serve : à l'écoute sur " + first + " (Ctrl-C ou SIGTERM l'arrête)"
                    : "maillage serve: listening on " + first + " (Ctrl-C or SIGTERM stops it)",
                    fr ? "maillage serve : arrêté" : "maillage serve: stopped");
            assertThat(server.exitValue()).as("the status of SIGTERM").isIn(0, 143);
        } finally {
            if (server.isAlive()) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
