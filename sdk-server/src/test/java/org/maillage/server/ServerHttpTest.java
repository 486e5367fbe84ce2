package org.maillage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportSettings;
import org.maillage.validation.report.ReportWriter;

/** Every route and every error of the service, over real HTTP on 127.0.0.1. */
class ServerHttpTest {
    static final Path BROKEN = Path.of("../examples/data/ariege-broken.json");
    static final Path SAMPLE = Path.of("../examples/data/ariege.json");
    static final long LIMIT = 1 << 20;

    static MaillageServer server;
    static URI base;
    static HttpClient client;
    static Set<Path> spoolsBefore;

    @BeforeAll
    static void start() throws IOException {
        spoolsBefore = spools();
        server = MaillageServer.builder().port(0).maxUpload(LIMIT).workers(1).queue(0).toolVersion("0.0.0-test")
                .gracePeriod(Duration.ofSeconds(20)).build().start();
        base = server.uri();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        assertThat(spools()).as("the folder of upload copies is removed when the server stops").isEqualTo(spoolsBefore);
    }

    static Set<Path> spools() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return Set.copyOf(s.filter(p -> p.getFileName().toString().startsWith("maillage-serve-")).toList());
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return client.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder post(String pathAndQuery, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return contentType == null ? b : b.header("Content-Type", contentType);
    }

    /** A multipart/form-data body: name, file name (or null for a text field), content. */
    static byte[] multipart(String boundary, Object... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i += 3) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + parts[i] + "\""
                    + (parts[i + 1] == null ? "" : "; filename=\"" + parts[i + 1] + "\"\r\nContent-Type: application/json")
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(parts[i + 2] instanceof byte[] b ? b : parts[i + 2].toString().getBytes(StandardCharsets.UTF_8));
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** What the command line writes for a file, with the source named as the service names the upload. */
    static String cliReport(Path file, ReportFormat format, Language lang, String name) {
        Validator v = Validator.builder().build();
        Report r = v.validate(file);
        List<Finding> renamed = r.findings().stream().map(f -> new Finding(f.ruleId(), f.severity(), f.priority(), f.layer(),
                f.message(), f.messageFr(), f.pointer(), f.line(), f.column(), f.entityId(), f.hint(), f.hintFr(), f.source(), name,
                f.waived(), f.waiverJustification(), f.value(), f.entityName())).toList();
        StringWriter w = new StringWriter();
        ReportWriter.write(Report.of(List.of(name), renamed, r.catalogueVersion(), r.schemaVersion(), r.waivers()), format,
                ReportSettings.of(lang).withCatalogue(v.catalogue()).withToolVersion("0.0.0-test"), w);
        return w.toString();
    }

    static void assertProblem(HttpResponse<String> res, int status, String slug, String detailPart) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(res.body()).contains("\"type\": \"https://maillage.org/problems/" + slug + "\"")
                .contains("\"status\": " + status).contains("\"title\": ").contains("\"instance\": ").contains(detailPart);
        assertSecurityHeaders(res);
    }

    static void assertSecurityHeaders(HttpResponse<String> res) {
        assertThat(res.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(res.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(res.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(res.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(res.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(res.headers().firstValue("Server")).isEmpty();
    }

    static String sha256(String text) throws Exception {
        return "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8))) + "'";
    }

    // ---- GET ------------------------------------------------------------------------------------

    @Test
    void page_isSelfContained_andItsPolicyAllowsExactlyItsInlineStyleAndScript() throws Exception {
        HttpResponse<String> res = send(HttpRequest.newBuilder(base.resolve("/")).GET());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertSecurityHeaders(res);
        String html = res.body();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        assertThat(script.find()).isTrue();
        String css = style.group(1);
        String js = script.group(1);
        assertThat(style.find()).as("one style element").isFalse();
        assertThat(script.find()).as("one script element").isFalse();
        String policy = res.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).isEqualTo("default-src 'none'; style-src " + sha256(css) + "; script-src "
                + sha256(js) + "; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("url(").doesNotContain("@import")
                .contains("<html lang=\"fr\">").contains("action=\"/validate?format=html\"").contains("name=\"file\"");
        assertThat(send(HttpRequest.newBuilder(base.resolve("/?lang=en")).GET()).body()).contains("<html lang=\"en\">")
                .contains("Validate a Maillage dataset");
    }

    @Test
    void health_answers200_toGetAndHead() throws Exception {
        HttpResponse<String> res = send(HttpRequest.newBuilder(base.resolve("/health")).GET());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEqualTo("{\"status\": \"ok\"}\n");
        HttpResponse<String> head = send(HttpRequest.newBuilder(base.resolve("/health")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void unknownPath_is404_andAWrongMethod405WithAllow() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(base.resolve("/nothing")).GET()), 404, "not-found",
                "Il n'y a rien à l'adresse /nothing");
        HttpResponse<String> res = send(HttpRequest.newBuilder(base.resolve("/validate")).GET());
        assertProblem(res, 405, "method-not-allowed", "GET n'est pas permis sur /validate");
        assertThat(res.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> put = send(HttpRequest.newBuilder(base.resolve("/health"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    // ---- POST /validate -----------------------------------------------------------------------

    @Test
    void validate_rawJsonBody_givesTheCommandLinesReport_byteForByte() throws Exception {
        HttpResponse<String> res = send(post("/validate?name=ariege-broken.json", "application/json", Files.readAllBytes(BROKEN)));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(res.headers().firstValue("Maillage-Valid")).hasValue("false");
        assertThat(res.body()).isEqualTo(cliReport(BROKEN, ReportFormat.JSON, Language.FR, "ariege-broken.json"));
        assertThat(res.body()).contains("\"line\": 74,").contains("\"column\": 24,");
    }

    @Test
    void validate_multipartFile_inEveryFormatAndLanguage_matchesTheCommandLine() throws Exception {
        for (ReportFormat format : ReportFormat.values()) {
            for (Language lang : Language.values()) {
                byte[] body = multipart("b0und4ry", "lang", null, lang.code(), "file", "ariege-broken.json",
                        Files.readAllBytes(BROKEN));
                HttpResponse<String> res = send(post("/validate?format=" + format.code(), "multipart/form-data; boundary=b0und4ry",
                        body));
                assertThat(res.statusCode()).as(format + " " + lang + res.body()).isEqualTo(200);
                assertThat(res.body()).as(format + " " + lang).isEqualTo(cliReport(BROKEN, format, lang, "ariege-broken.json"));
                assertThat(res.headers().firstValue("Content-Type")).hasValue(switch (format) {
                    case JSON -> "application/json";
                    case SARIF -> "application/sarif+json";
                    case JUNIT -> "application/xml";
                    case HTML -> "text/html; charset=utf-8";
                    case TEXT -> "text/plain; charset=utf-8";
                });
            }
        }
    }

    @Test
    void validate_validFile_isStreamedOnce_andSays200Valid() throws Exception {
        HttpResponse<String> res = send(post("/validate?name=ariege.json&format=text&lang=en", "application/json",
                Files.readAllBytes(SAMPLE)));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Maillage-Valid")).hasValue("true");
        assertThat(res.body()).isEqualTo("ariege.json: no problem\nSummary: 1 file, 0 errors, 0 warnings, 0 infos — VALID\n");
    }

    @Test
    void validate_ndjson_byContentTypeOrName() throws Exception {
        String ndjson = "{\"type\":\"dataset\",\"schemaVersion\":\"1.0.0\",\"id\":\"t\",\"title\":\"t\",\"publisher\":{\"name\":\"p\"},"
                + "\"issued\":\"2026-01-15T10:00:00Z\",\"referenceDate\":\"2026-01-01\",\"geography\":\"COG2026\",\"license\":\"x\"}\n"
                + "{\"type\":\"territory\",\"id\":\"commune:09001\",\"kind\":\"commune\",\"code\":\"09001\",\"name\":\"Aigues-Juntes\","
                + "\"parents\":[{\"territory\":\"departement:09\"}]}\n";
        for (String q : List.of("/validate?format=text", "/validate?format=text&name=d.jsonl")) {
            HttpResponse<String> res = send(post(q, q.contains("jsonl") ? "application/octet-stream" : "application/x-ndjson",
                    ndjson.getBytes(StandardCharsets.UTF_8)));
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.body()).contains("ref.unknown").contains("departement:09").doesNotContain("read.");
        }
    }

    @Test
    void validate_badParameters_are400ProblemsInTheAskedLanguage() throws Exception {
        byte[] body = Files.readAllBytes(SAMPLE);
        assertProblem(send(post("/validate?format=xml", "application/json", body)), 400, "bad-parameter",
                "Format inconnu « xml » ; utilisez json, sarif, junit, html ou text.");
        assertProblem(send(post("/validate?format=xml&lang=en", "application/json", body)), 400, "bad-parameter",
                "Unknown format 'xml'; use json, sarif, junit, html or text.");
        assertProblem(send(post("/validate?lang=de", "application/json", body)), 400, "bad-parameter", "Langue inconnue « de »");
        assertProblem(send(post("/validate?profile=nope&lang=en", "application/json", body)), 400, "bad-parameter",
                "Unknown profile 'nope'; known profiles: ");
        assertProblem(send(post("/validate?colour=red", "application/json", body)), 400, "bad-parameter",
                "Paramètre inconnu « colour » ; cette adresse accepte format, lang, name, profile.");
        assertProblem(send(post("/validate?lang=fr&lang=en", "application/json", body)), 400, "bad-parameter",
                "Le paramètre « lang » est donné deux fois.");
    }

    @Test
    void validate_badForms_are400() throws Exception {
        String mp = "multipart/form-data; boundary=xx";
        assertProblem(send(post("/validate", mp, multipart("xx", "lang", null, "fr"))), 400, "no-file",
                "Le formulaire n'a pas de champ « file »");
        assertProblem(send(post("/validate", mp, multipart("xx", "file", "a.json", Files.readAllBytes(SAMPLE), "lang", null, "en"))),
                400, "bad-parameter", "vient après le fichier");
        assertProblem(send(post("/validate", mp, multipart("xx", "colour", null, "red"))), 400, "bad-parameter",
                "Champ de formulaire inconnu « colour »");
        assertProblem(send(post("/validate", mp, "--xx\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n{\"a\":"
                .getBytes(StandardCharsets.UTF_8))), 400, "malformed-multipart", "avant la frontière finale");
        assertProblem(send(post("/validate?lang=en", mp, "--xx\r\nNo-Disposition: x\r\n\r\nx\r\n--xx--\r\n"
                .getBytes(StandardCharsets.UTF_8))), 400, "malformed-multipart", "a part has no name");
    }

    @Test
    void validate_anotherMediaType_is415_sayingHowToSendIt() throws Exception {
        assertProblem(send(post("/validate?lang=en", "application/x-www-form-urlencoded", Files.readAllBytes(SAMPLE))), 415,
                "unsupported-media-type", "curl -H 'Content-Type: application/json' --data-binary @FILE, or curl -F file=@FILE");
    }

    @Test
    void validate_beyondTheUploadLimit_is413_whetherTheLengthIsKnownOrNot() throws Exception {
        byte[] big = new byte[(int) LIMIT + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertProblem(send(post("/validate", "application/json", big)), 413, "too-large", "dépasse la limite de ce service (1048576");
        // chunked: no Content-Length, so the limit is found while the body streams to the validator
        HttpRequest.Builder chunked = HttpRequest.newBuilder(base.resolve("/validate?lang=en")).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
        assertProblem(send(chunked), 413, "too-large", "larger than the limit of this service (1048576 bytes)");
        byte[] mp = multipart("xx", "file", "big.json", big);
        assertProblem(send(post("/validate", "multipart/form-data; boundary=xx", mp)), 413, "too-large", "1048576");
    }

    @Test
    void validate_aHostNameOtherThanLoopback_isRefused_againstDnsRebinding() throws Exception {
        String answer = raw("GET /health HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("host-not-allowed").contains("evil.example");
        assertThat(raw("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void busy_beyondTheWorkersAndQueue_is503_andTheFirstRequestStillAnswers() throws Exception {
        // one worker, no queue: a slow upload holds the worker
        try (Socket slow = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = slow.getOutputStream();
            byte[] body = Files.readAllBytes(SAMPLE);
            out.write(("POST /validate?format=text&lang=en&name=slow.json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 1000);
            out.flush();
            // the slow upload must hold the worker before another request comes, or that one may take it first
            for (int i = 0; i < 400 && server.admitted() == 0; i++) {
                Thread.sleep(25);
            }
            assertThat(server.admitted()).as("the slow upload holds the only worker").isEqualTo(1);
            HttpResponse<String> busy = waitForBusy();
            assertProblem(busy, 503, "busy", "Tous les postes de travail sont occupés");
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
            out.write(body, 1000, body.length - 1000);
            out.flush();
            String answer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("slow.json: no problem");
        }
    }

    @Test
    void queued_requestWaitingLongerThanTheIdleTimeout_isStillAnswered() throws Exception {
        try (MaillageServer one = MaillageServer.builder().port(0).workers(1).queue(1).idleTimeout(Duration.ofSeconds(1))
                .build().start(); Socket slow = new Socket(one.uri().getHost(), one.uri().getPort())) {
            OutputStream out = slow.getOutputStream();
            byte[] body = Files.readAllBytes(SAMPLE);
            out.write(("POST /validate?format=text&lang=en&name=slow.json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 1000);
            out.flush();
            for (int i = 0; i < 400 && one.admitted() == 0; i++) {
                Thread.sleep(25);
            }
            // the second request waits in the queue, silent, for longer than the idle timeout
            CompletableFuture<HttpResponse<String>> queued = client.sendAsync(HttpRequest.newBuilder(one.uri().resolve(
                    "/validate?format=text&lang=en&name=queued.json")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // the slow upload keeps sending (it is not idle) for three idle timeouts
            int sent = 1000;
            for (int i = 0; i < 12; i++) {
                Thread.sleep(250);
                out.write(body, sent, 100);
                out.flush();
                sent += 100;
            }
            out.write(body, sent, body.length - sent);
            out.flush();
            assertThat(new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200")
                    .contains("slow.json: no problem");
            HttpResponse<String> answer = queued.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("queued.json: no problem");
        }
    }

    /** The slow upload takes the worker as soon as its headers are read; until then a request may still pass. */
    private static HttpResponse<String> waitForBusy() throws Exception {
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> res = send(post("/validate?format=text", "application/json", Files.readAllBytes(SAMPLE)));
            if (res.statusCode() == 503) {
                return res;
            }

            Thread.sleep(50);
        }
        throw new AssertionError("the service never said it was busy");
    }

    // ---- POST /diff ---------------------------------------------------------------------------

    @Test
    void diff_twoFiles_givesTheChangeset_inEachFormat() throws Exception {
        String mp = "multipart/form-data; boundary=dd";
        byte[] body = multipart("dd", "a", "ariege.json", Files.readAllBytes(SAMPLE), "b", "ariege-broken.json",
                Files.readAllBytes(BROKEN));
        HttpResponse<String> text = send(post("/diff", mp, body));
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Maillage-Equal")).hasValue("false");
        assertThat(text.body()).startsWith("~ header\n    /id: \"cog-2026-09\" -> \"cog-2026-09-broken\"\n");
        HttpResponse<String> patch = send(post("/diff?format=patch", mp, body));
        assertThat(patch.headers().firstValue("Content-Type")).hasValue("application/json-patch+json");
        assertThat(patch.body()).startsWith("[").contains("\"op\": \"test\"");
        HttpResponse<String> log = send(post("/diff?format=changelog&lang=fr", mp, body));
        assertThat(log.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        HttpResponse<String> same = send(post("/diff?format=json", mp, multipart("dd", "a", "x.json", Files.readAllBytes(SAMPLE),
                "b", "y.json", Files.readAllBytes(SAMPLE))));
        assertThat(same.headers().firstValue("Maillage-Equal")).hasValue("true");
    }

    @Test
    void diff_missingOrUnreadableDatasets_are400_andOtherBodies415() throws Exception {
        String mp = "multipart/form-data; boundary=dd";
        assertProblem(send(post("/diff", mp, multipart("dd", "a", "a.json", Files.readAllBytes(SAMPLE)))), 400, "missing-dataset",
                "Envoyez les deux jeux de données");
        assertProblem(send(post("/diff", mp, multipart("dd", "a", "a.json", Files.readAllBytes(SAMPLE), "b", "b.json", "{\"id\": ["))),
                400, "unreadable-dataset", "Le jeu de données « b » (b.json) ne peut pas être lu");
        assertProblem(send(post("/diff", mp, multipart("dd", "a", "a.json", Files.readAllBytes(SAMPLE), "b", "b.json",
                Files.readAllBytes(SAMPLE), "format", null, "xml"))), 400, "bad-parameter",
                "Format inconnu « xml »");
        assertProblem(send(post("/diff", "application/json", Files.readAllBytes(SAMPLE))), 415, "unsupported-media-type",
                "multipart/form-data avec les champs a et b");
    }

    // ---- stopping ------------------------------------------------------------------------------

    @Test
    void stop_finishesTheRequestInFlight_thenRefusesConnections() throws Exception {
        MaillageServer other = MaillageServer.builder().port(0).gracePeriod(Duration.ofSeconds(30)).build().start();
        URI uri = other.uri();
        try (Socket slow = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = slow.getOutputStream();
            byte[] body = Files.readAllBytes(SAMPLE);
            out.write(("POST /validate?format=text&lang=en&name=inflight.json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 1000);
            out.flush();
            Thread.sleep(500);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(other::stop);
            Thread.sleep(500);
            assertThat(stopping).isNotDone();
            out.write(body, 1000, body.length - 1000);
            out.flush();
            InputStream in = slow.getInputStream();
            String answer = readResponse(in);
            assertThat(answer).as(answer).startsWith("HTTP/1.1 200").contains("inflight.json: no problem");
            stopping.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> new Socket(uri.getHost(), uri.getPort()).close()).isInstanceOf(IOException.class);
    }

    /** Reads one chunked or sized HTTP response up to the summary line of a text report. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            got.write(buf, 0, n);
            if (got.toString(StandardCharsets.UTF_8).contains("VALID")) {
                break;
            }
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---- sizes ---------------------------------------------------------------------------------

    @Test
    void parseSize_readsTheUnitsUsersWrite_andRefusesTheRest() {
        assertThat(MaillageServer.parseSize("64MB")).isEqualTo(64L << 20);
        assertThat(MaillageServer.parseSize("1GB")).isEqualTo(1L << 30);
        assertThat(MaillageServer.parseSize("1gib")).isEqualTo(1L << 30);
        assertThat(MaillageServer.parseSize("512k")).isEqualTo(512L << 10);
        assertThat(MaillageServer.parseSize("1048576")).isEqualTo(1 << 20);
        for (String bad : List.of("", "MB", "-1MB", "0", "1.5GB", "1PB", "9999999999999TB", "1iB")) {
            assertThatThrownBy(() -> MaillageServer.parseSize(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
