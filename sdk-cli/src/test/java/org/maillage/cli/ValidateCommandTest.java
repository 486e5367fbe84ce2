package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.json.MaillageJson;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportSettings;
import org.maillage.validation.report.ReportWriter;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {

    /** The output of one in-process run. */
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Path copy(Path dir, String name) {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream("validate/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The command writes exactly what the library's report writer writes for the same file and
     * settings. The content of each format is pinned once, by the golden files of
     * {@code maillage-validation} ({@code ReportFormatsTest}); this test pins the wiring.
     */
    @Test
    void validate_everyFormatAndLanguage_writesWhatTheLibraryWriterWrites(@TempDir Path dir) throws IOException {
        Path file = copy(dir, "broken.json");
        Validator validator = Validator.builder().build();
        Report report = Report.combine(List.of(validator.validate(file)));
        assertThat(report.errors()).isEqualTo(5);
        for (String format : new String[] {"text", "json", "sarif", "junit", "html"}) {
            for (String lang : new String[] {"fr", "en"}) {
                Result r = run("validate", "--format", format, "--lang", lang, file.toString());
                assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
                StringWriter expected = new StringWriter();
                ReportWriter.write(report, ReportFormat.of(format), ReportSettings.of(Language.valueOf(lang.toUpperCase(Locale.ROOT)))
                        .withCatalogue(validator.catalogue()).withToolVersion(VersionProvider.version()), expected);
                assertThat(r.out()).as("%s, %s", format, lang).isEqualTo(expected.toString()).contains("ref.unknown");
            }
        }
    }

    @Test
    void validate_severalFiles_oneReport_eachFileItsOwnDataset_exitOneIfAnyIsInvalid(@TempDir Path dir) throws Exception {
        Path valid = copy(dir, "valid.json");
        Path broken = copy(dir, "broken.json");
        Result text = run("validate", "--lang", "en", valid.toString(), broken.toString());
        assertThat(text.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(text.out()).contains(valid + ": no problem").contains(broken + "\n").contains("Summary: 2 files");
        assertThat(run("validate", valid.toString(), valid.toString()).code()).isEqualTo(ExitCodes.OK);
        Result junit = run("validate", "--format", "junit", valid.toString(), broken.toString());
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        // one suite for the run; each file's test cases are classed under its name, and only the broken file's fail
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
        org.w3c.dom.NodeList cases = doc.getElementsByTagName("testcase");
        java.util.Set<String> failing = new java.util.TreeSet<>();
        java.util.Set<String> files = new java.util.TreeSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            org.w3c.dom.Element c = (org.w3c.dom.Element) cases.item(i);
            files.add(c.getAttribute("classname"));
            if (c.getElementsByTagName("failure").getLength() > 0) {
                failing.add(c.getAttribute("classname"));
            }
        }
        assertThat(files).containsExactlyInAnyOrder(valid.toString(), broken.toString());
        assertThat(failing).containsExactly(broken.toString());
    }

    @Test
    void validate_layersOption_runsOnlyThoseLayers_soTheConstraintsLayerSpeaksForTheSchema(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("range.json"), """
                {"schemaVersion": "1.0.0", "id": "x", "territories": [{"id": "region:76", "kind": "region", "code": "76",
                 "name": "Occitanie", "population": [{"value": 10, "year": 1799, "kind": "municipale"}]}]}
                """);
        Result all = run("validate", "--format", "json", file.toString());
        Result some = run("validate", "--format", "json", "--layers", "read,constraints,references,rules", file.toString());
        assertThat(MaillageJson.mapper().readTree(all.out()).get("findings").get(0).get("ruleId").stringValue()).isEqualTo("schema.range");
        assertThat(MaillageJson.mapper().readTree(some.out()).get("findings").get(0).get("ruleId").stringValue())
                .isEqualTo("constraint.range");
        assertThat(some.code()).isEqualTo(ExitCodes.INVALID);
        Result bad = run("validate", "--layers", "read,spelling", file.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown layer 'spelling' (expected read, schema, constraints, references, rules)");
    }

    @Test
    void validate_validFile_exitsZero(@TempDir Path dir) {
        Result r = run("validate", copy(dir, "valid.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("VALIDE");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validate_brokenFile_reportsInFrenchByDefault_andExitsOne(@TempDir Path dir) {
        Path file = copy(dir, "broken.json");
        Result r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).isEqualTo(run("validate", "--lang", "fr", file.toString()).out())
                .contains("Résumé : 1 fichier").endsWith("INVALIDE\n");
        assertThat(run("validate", "--lang", "en", file.toString()).out()).contains("Summary: 1 file");
    }

    @Test
    void validate_jsonFormat_hasTheDocumentedMembers_andIsTheSameBytesTwice(@TempDir Path dir) {
        Path file = copy(dir, "broken.json");
        Result r = run("validate", "--format", "json", file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        JsonNode root = MaillageJson.mapper().readTree(r.out());
        assertThat(root.get("valid").booleanValue()).isFalse();
        assertThat(root.get("summary").get("errors").intValue()).isEqualTo(5);
        JsonNode first = root.get("findings").get(root.get("findings").size() - 1);
        for (String member : new String[] {"ruleId", "severity", "message", "pointer", "line", "column", "entityId"}) {
            assertThat(first.has(member)).as(member).isTrue();
        }
        assertThat(run("validate", "--format", "json", file.toString()).out()).isEqualTo(r.out());
    }

    @Test
    void validate_outputOption_writesTheReportToAFile_andTheSummaryWithoutProgressToStandardError(@TempDir Path dir)
            throws IOException {
        Path file = copy(dir, "broken.json");
        Path report = dir.resolve("report.json");
        Result r = run("validate", "-f", "json", "-o", report.toString(), file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("INVALIDE").doesNotContain("\r");
        assertThat(Files.readString(report)).contains("\"ruleId\": \"ref.unknown\"");
        Path sarif = dir.resolve("report.sarif");
        assertThat(run("validate", "--format", "sarif", "--output", sarif.toString(), file.toString()).out()).isEmpty();
        JsonNode driver = MaillageJson.mapper().readTree(Files.readString(sarif)).get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("version").stringValue()).isEqualTo(VersionProvider.version());
    }

    @Test
    void validate_unreadableInputs_exitThree_withoutStackTrace(@TempDir Path dir) {
        Result missing = run("validate", dir.resolve("missing.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.IO);
        assertThat(missing.err()).contains("cannot read").contains("no such file").doesNotContain("Exception");
        Result directory = run("validate", dir.toString());
        assertThat(directory.code()).isEqualTo(ExitCodes.IO);
        assertThat(directory.err()).contains("is a directory");
    }

    @Test
    void validate_usageErrors_exitTwo(@TempDir Path dir) {
        Path file = copy(dir, "valid.json");
        assertThat(run("validate").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("validate", "--format", "xml", file.toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("validate", "--lang", "de", file.toString()).code()).isEqualTo(ExitCodes.USAGE);
        Result profile = run("validate", "--profile", "nope", file.toString());
        assertThat(profile.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(profile.err()).contains("unknown profile 'nope'");
    }

    @Test
    void validate_hostileInputs_giveFindingsAndExitOne(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"id\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Path malformed = dir.resolve("malformed.json");
        Files.writeString(malformed, "{\"schemaVersion\": \"1.0.0\",\n \"id\": }");
        Result r = run("validate", "--lang", "en", deep.toString(), malformed.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).contains("read.limit").contains("read.malformed").contains("2:8");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
