package org.maillage.validation.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.json.generate.DatasetGenerator;
import org.maillage.json.generate.DatasetSize;
import org.maillage.validation.Language;
import org.maillage.validation.Layer;
import org.maillage.validation.Report;
import org.maillage.validation.RepoFiles;
import org.maillage.validation.Validator;
import org.maillage.validation.conformance.ConformanceCase;
import org.maillage.validation.conformance.ConformanceCorpus;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportSettings;
import org.maillage.validation.report.ReportWriter;
import org.maillage.validation.waiver.Waivers;

/**
 * The differential harness of the engine: every input below is validated and its JSON report
 * compared, byte for byte, with the report the reference engine gave, pinned in
 * {@code src/test/resources/differential/}. Inputs: every case of the conformance corpus (with its
 * profile, layers and waivers), the samples in JSON and NDJSON, generated départements with and
 * without faults ({@link Faults}) (pinned as a digest and one line per finding), and documents broken
 * at the read layer. Each
 * is validated on one thread and on several: the report must not depend on it.
 *
 * <p>The pins come from the reference engine, never from the engine under test: regenerate them
 * with {@code scripts/differential-pin.sh REF}, which runs this test with
 * {@code -Dmaillage.differential.update=true} on a checkout of REF (see the script). The large
 * inputs (a région, France, France over ten years, the real COG vintages) are compared by
 * {@code scripts/differential-large.sh}.
 */
class DifferentialReportsTest {

    /** Validation date of every run: waiver expiry and the date of references without one depend on it. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final boolean UPDATE = Boolean.getBoolean("maillage.differential.update");
    private static final Path WORK = Path.of("target", "differential");
    private static final Map<List<Object>, Validator> VALIDATORS = new HashMap<>();

    @Test
    void conformanceCorpus_reportsAreThoseOfTheReferenceEngine() throws IOException {
        Map<String, String> reports = new LinkedHashMap<>();
        List<ConformanceCase> cases = ConformanceCorpus.bundled().cases();
        for (int i = 0; i < cases.size(); i++) {
            ConformanceCase c = cases.get(i);
            Path dir = Files.createDirectories(WORK.resolve("corpus").resolve(Integer.toString(i)));
            Path input = Files.write(dir.resolve(c.fileName()), c.input());
            reports.put(c.id(), report(input, c.profile(), c.layers(), c.waivers()));
        }
        check("corpus", reports);
    }

    @Test
    void samples_inJsonAndNdjson_underBothProfiles_reportsAreThoseOfTheReferenceEngine() throws IOException {
        Map<String, String> reports = new LinkedHashMap<>();
        Path dir = Files.createDirectories(WORK.resolve("samples"));
        for (String name : List.of("ariege.json", "ariege-broken.json", "corse-du-sud.json")) {
            Path json = dir.resolve(name);
            Files.copy(RepoFiles.root().resolve("examples/data").resolve(name), json,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path ndjson = dir.resolve(name.replace(".json", ".ndjson"));
            try (var out = Files.newOutputStream(ndjson)) {
                DatasetWriter.canonical().write(DatasetReader.standard().read(json), out, DatasetFormat.NDJSON);
            }
            for (Path input : List.of(json, ndjson)) {
                for (String profile : List.of("default", "local-health")) {
                    reports.put(input.getFileName() + " " + profile, report(input, profile, null, null));
                }
            }
        }
        Path broken = dir.resolve("ariege-broken.json");
        reports.put("ariege-broken.json without schema", report(broken, null,
                EnumSet.of(Layer.READ, Layer.CONSTRAINTS, Layer.REFERENCES, Layer.RULES), null));
        reports.put("ariege-broken.json read only", report(broken, null, EnumSet.of(Layer.READ), null));
        reports.put("ariege-broken.json read and schema", report(broken, null, EnumSet.of(Layer.READ, Layer.SCHEMA), null));
        reports.put("ariege-broken.json without rules", report(broken, null,
                EnumSet.of(Layer.READ, Layer.SCHEMA, Layer.CONSTRAINTS, Layer.REFERENCES), null));
        check("samples", reports);
    }

    @Test
    void generatedDepartements_withAndWithoutFaults_reportsAreThoseOfTheReferenceEngine() throws IOException {
        Map<String, String> reports = new LinkedHashMap<>();
        Path dir = Files.createDirectories(WORK.resolve("generated"));
        for (long seed : new long[] {1, 2}) {
            for (String ext : List.of("json", "ndjson")) {
                Path clean = dir.resolve("departement-s" + seed + "." + ext);
                DatasetGenerator.of(DatasetSize.DEPARTEMENT, seed).write(clean);
                reports.put(clean.getFileName().toString(), compact(report(clean, null, null, null)));
                for (int every : new int[] {97, 401}) {
                    Path faulty = dir.resolve("departement-s" + seed + "-faults" + every + "." + ext);
                    assertThat(Faults.inject(clean, faulty, seed * 1000 + every, every)).isPositive();
                    reports.put(faulty.getFileName().toString(), compact(report(faulty, null, null, null)));
                }
            }
        }
        Path faulty = dir.resolve("departement-s1-faults97.json");
        reports.put("departement-s1-faults97.json local-health", compact(report(faulty, "local-health", null, null)));
        reports.put("departement-s1-faults97.json without schema", compact(report(faulty, null,
                EnumSet.of(Layer.READ, Layer.CONSTRAINTS, Layer.REFERENCES, Layer.RULES), null)));
        check("generated", reports);
    }

    @Test
    void documentsBrokenAtTheReadLayer_reportsAreThoseOfTheReferenceEngine() throws IOException {
        Map<String, String> reports = new LinkedHashMap<>();
        Path dir = Files.createDirectories(WORK.resolve("read"));
        byte[] sample = Files.readAllBytes(RepoFiles.root().resolve("examples/data/ariege-broken.json"));
        String text = new String(sample, StandardCharsets.UTF_8);
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("truncated.json", Arrays.copyOf(sample, sample.length * 3 / 5));
        inputs.put("stray-character.json", insert(sample, text.indexOf("\"code\"", sample.length / 2), "x".getBytes()));
        inputs.put("missing-comma.json", text.replaceFirst("\",\n(\\s+)\"name\"", "\"\n$1\"name\"").getBytes(StandardCharsets.UTF_8));
        inputs.put("duplicate-key.json", text.replaceFirst("\"name\": \"Ariège\"", "\"name\": \"Ariège\", \"name\": \"Ariège\"")
                .getBytes(StandardCharsets.UTF_8));
        inputs.put("invalid-utf8.json", insert(sample, text.indexOf("Foix") + 2, new byte[] {(byte) 0xC3, (byte) 0x28}));
        inputs.put("bom.json", insert(sample, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        inputs.put("utf16.json", text.getBytes(StandardCharsets.UTF_16LE));
        inputs.put("trailing.json", (text + "{}").getBytes(StandardCharsets.UTF_8));
        inputs.put("not-an-object-item.json", text.replaceFirst("\"territories\": \\[", "\"territories\": [42, \"x\", null, [],")
                .getBytes(StandardCharsets.UTF_8));
        inputs.put("deep.json", text.replaceFirst("\"name\": \"Ariège\"", "\"name\": " + "[".repeat(70) + "]".repeat(70))
                .getBytes(StandardCharsets.UTF_8));
        inputs.put("long-number.json", text.replaceFirst("\"value\": \\d+", "\"value\": " + "9".repeat(80))
                .getBytes(StandardCharsets.UTF_8));
        inputs.put("empty.json", new byte[0]);
        inputs.put("array-root.json", "[1, 2]".getBytes(StandardCharsets.UTF_8));
        inputs.put("family-not-array.json", text.replace("\"people\": []", "\"people\": {\"id\": \"x\"}")
                .replace("\"zonings\": []", "\"zonings\": 3").getBytes(StandardCharsets.UTF_8));
        inputs.put("envelope-after-arrays.json", text.replace("  \"referenceDate\": \"2026-01-01\",\n", "")
                .replace("\"zonings\": []", "\"zonings\": [], \"referenceDate\": \"2027-01-01\", \"extra\": 7")
                .getBytes(StandardCharsets.UTF_8));
        String ndjson = ndjson(dir, "ariege-broken.json", sample);
        List<String> lines = new ArrayList<>(ndjson.lines().toList());
        lines.set(3, lines.get(3).substring(0, lines.get(3).length() / 2));
        lines.set(5, "[1]");
        lines.set(6, lines.get(6).replace("\"type\":\"territory\"", "\"type\":\"planet\""));
        lines.set(7, lines.get(7) + " {}");
        lines.add(9, lines.get(0));
        lines.set(11, "   ");
        inputs.put("broken-lines.ndjson", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        inputs.put("crlf.ndjson", ndjson.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
            Path input = Files.write(dir.resolve(e.getKey()), e.getValue());
            reports.put(e.getKey(), report(input, null, null, null));
        }
        check("read", reports);
    }

    private static String ndjson(Path dir, String name, byte[] json) throws IOException {
        Path in = Files.write(dir.resolve(name), json);
        Path out = dir.resolve(name.replace(".json", ".ndjson"));
        try (var o = Files.newOutputStream(out)) {
            DatasetWriter.canonical().write(DatasetReader.standard().read(in), o, DatasetFormat.NDJSON);
        }
        return Files.readString(out);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] what) {
        byte[] out = new byte[bytes.length + what.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
        return out;
    }

    // ---- running and comparing -----------------------------------------------------------------

    /**
     * The JSON report of one input, as {@code maillage validate --format json} writes it, checked to
     * be the same on one thread and on four.
     */
    static String report(Path input, String profile, Set<Layer> layers, byte[] waivers) {
        String one = render(validator(profile, layers, waivers, 1).validate(input));
        String many = render(validator(profile, layers, waivers, 4).validate(input));
        assertThat(many).as("%s: the report on four threads is the report on one", input).isEqualTo(one);
        return one;
    }

    private static Validator validator(String profile, Set<Layer> layers, byte[] waivers, int threads) {
        List<Object> key = Arrays.asList(profile, layers, waivers == null ? null : new String(waivers, StandardCharsets.UTF_8),
                threads);
        return VALIDATORS.computeIfAbsent(key, k -> {
            Validator.Builder b = Validator.builder().clock(CLOCK).parallelism(threads)
                    .profile(profile == null ? Validator.DEFAULT_PROFILE : profile);
            if (layers != null) {
                b.layers(layers);
            }
            if (waivers != null) {
                b.waivers(Waivers.read(new ByteArrayInputStream(waivers), ConformanceCase.WAIVERS_FILE_NAME));
            }
            return b.build();
        });
    }

    /**
     * A large report pinned small: the SHA-256 of its bytes, then one line per finding (rule,
     * pointer, line, column, entity), so that a difference is located even where only the digest
     * tells it.
     */
    static String compact(String report) {
        StringBuilder sb = new StringBuilder("sha256 ").append(sha256(report)).append('\n');
        tools.jackson.databind.JsonNode root = org.maillage.json.MaillageJson.mapper().readTree(report);
        for (tools.jackson.databind.JsonNode f : root.get("findings")) {
            sb.append(f.get("ruleId").asString()).append(' ').append(f.get("pointer").asString()).append(' ')
                    .append(f.get("line").asLong()).append(':').append(f.get("column").asLong()).append(' ')
                    .append(f.path("entityId").asString("-")).append('\n');
        }
        return sb.toString();
    }

    static String sha256(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The JSON report, with the working directory taken out of file names: some reports name an
     * input by its absolute path, which differs between the checkout that pins and this one.
     */
    static String render(Report report) {
        StringWriter w = new StringWriter();
        ReportWriter.write(report, ReportFormat.JSON, ReportSettings.of(Language.FR), w);
        return w.toString().replace(Path.of("").toAbsolutePath() + java.io.File.separator, "");
    }

    /** A marker line between reports in a pin file (JSON never starts a line with it). */
    private static final String SEPARATOR = "@@@@ ";

    private static void check(String group, Map<String, String> actual) {
        Path pin = RepoFiles.root().resolve("sdk-validation/src/test/resources/differential").resolve(group + ".txt");
        if (UPDATE) {
            StringBuilder sb = new StringBuilder();
            actual.forEach((name, report) -> sb.append(SEPARATOR).append(name).append('\n').append(report)
                    .append(report.endsWith("\n") ? "" : "\n"));
            try {
                Files.createDirectories(pin.getParent());
                Files.writeString(pin, sb, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(pin).as("pinned reports of the reference engine; make them with scripts/differential-pin.sh").exists();
        Map<String, String> expected = read(pin);
        assertThat(new TreeSet<>(actual.keySet())).as("%s: the inputs pinned", group).isEqualTo(new TreeSet<>(expected.keySet()));
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> e : actual.entrySet()) {
            String want = expected.get(e.getKey());
            String got = e.getValue().endsWith("\n") ? e.getValue() : e.getValue() + "\n";
            if (!got.equals(want)) {
                differing.add(e.getKey() + ": " + firstDifference(want, got));
            }
        }
        assertThat(differing).as("%s: reports that differ from the reference engine's (%d inputs)", group, actual.size())
                .isEmpty();
    }

    private static Map<String, String> read(Path pin) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            String name = null;
            StringBuilder sb = new StringBuilder();
            for (String line : Files.readAllLines(pin, StandardCharsets.UTF_8)) {
                if (line.startsWith(SEPARATOR)) {
                    if (name != null) {
                        out.put(name, sb.toString());
                    }
                    name = line.substring(SEPARATOR.length());
                    sb.setLength(0);
                } else {
                    sb.append(line).append('\n');
                }
            }
            if (name != null) {
                out.put(name, sb.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String firstDifference(String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": expected " + x.strip() + " but was " + y.strip();
            }
        }
        return "same lines";
    }
}
