package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.json.generate.DatasetGenerator;
import org.maillage.json.generate.DatasetSize;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportSettings;
import org.maillage.validation.report.ReportWriter;

/**
 * {@code maillage serve} under load, as users start it: a separate JVM with a 1 GB heap, six
 * concurrent uploads of the generated région dataset (about 49 MB each) on 127.0.0.1, every answer
 * the command line's report for that file, then SIGTERM and a clean exit. Times and the server's
 * peak memory are printed, not asserted (timings belong to the benchmarks).
 */
class ServeLoadTest {
    static final int UPLOADS = 6;

    @TempDir
    Path dir;

    @Test
    void serve_answersSixConcurrentRegionUploads_withTheCommandLinesReport_inAOneGigabyteHeap() throws Exception {
        Path file = dir.resolve("region.json");
        DatasetGenerator.of(DatasetSize.REGION, 1).write(file);
        long size = Files.size(file);
        assertThat(size).as("the région dataset is the large upload the service must hold").isGreaterThan(40L << 20);

        // the command line's report for that file, named as the service names the upload
        Validator v = Validator.builder().build();
        Report cli;
        try (var in = Files.newInputStream(file)) {
            cli = v.validate(in, org.maillage.json.DatasetFormat.JSON, "region.json");
        }
        StringWriter expected = new StringWriter();
        ReportWriter.write(cli, ReportFormat.JSON, ReportSettings.of(Language.FR).withCatalogue(v.catalogue())
                .withToolVersion(VersionProvider.version()), expected);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--host", "127.0.0.1", "--port", "0", "--workers", "2", "--queue", "8")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("the first line is the base URL").matches("http://127\\.0\\.0\\.1:[0-9]+");
            URI base = URI.create(first);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            long t0 = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            List<Long> done = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                HttpRequest req = HttpRequest.newBuilder(base.resolve("/validate?format=json&name=region.json"))
                        .header("Content-Type", "application/json").timeout(Duration.ofMinutes(15))
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
                answers.add(client.sendAsync(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .whenComplete((r, e) -> {
                            synchronized (done) {
                                done.add(System.nanoTime() - t0);
                            }
                        }));
            }
            for (CompletableFuture<HttpResponse<String>> a : answers) {
                HttpResponse<String> res = a.get(20, TimeUnit.MINUTES);
                assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
                assertThat(res.headers().firstValue("Maillage-Valid")).hasValue(String.valueOf(cli.valid()));
                assertThat(res.body()).isEqualTo(expected.toString());
            }
            long peakKb = peakResidentKb(server.pid());
            System.out.printf(Locale.ROOT, "maillage serve (-Xmx1g, 2 workers): %d concurrent uploads of %,d bytes answered "
                    + "after %s ms; peak resident memory of the server %,d KB%n", UPLOADS, size,
                    done.stream().sorted().map(n -> String.valueOf(n / 1_000_000)).toList(), peakKb);

            server.destroy(); // SIGTERM
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stops on SIGTERM").isTrue();
            assertThat(server.exitValue()).as("and exits cleanly").isIn(0, 143);
        } finally {
            if (server.isAlive()) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The process's peak resident set (VmHWM), or -1 where /proc does not tell. */
    private static long peakResidentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
