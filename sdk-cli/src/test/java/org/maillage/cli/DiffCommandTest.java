package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.json.MaillageJson;

class DiffCommandTest {

    @TempDir
    Path dir;

    private static String fixture(String name) {
        return Path.of("src/test/resources/diff", name).toString();
    }

    private static final String A = fixture("cog2024.json");
    private static final String B = fixture("cog2025.json");

    @Test
    void diff_exitsZeroForEqualDatasets_andOneWhenTheyDiffer() {
        MainTest.Run same = MainTest.run("diff", A, A);
        assertThat(same.code()).isZero();
        assertThat(same.out()).isEqualTo("no differences\n");

        MainTest.Run differ = MainTest.run("diff", A, B);
        assertThat(differ.code()).isEqualTo(1);
        assertThat(differ.out()).contains("- territories commune:49069 -> commune:49126\n")
                .contains("    /name: \"Rousset\" -> \"Rousset-Serre-Ponçon\"\n");
    }

    @Test
    void diff_jsonChangeset_conformsToThePublishedSchema() {
        String base = "https://schemas.maillage.org/1.0/";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemaIdResolvers(r -> r.mapPrefix(base, "classpath:org/maillage/schemas/1.0/")));
        Schema schema = registry.getSchema(SchemaLocation.of(base + "changeset.schema.json"));
        MainTest.Run r = MainTest.run("diff", A, B, "--format", "json");

        List<com.networknt.schema.Error> errors = schema.validate(MaillageJson.mapper().readTree(r.out()));

        assertThat(errors).isEmpty();
        assertThat(schema.validate(MaillageJson.mapper().readTree("{\"changes\": [{\"family\": \"x\"}]}"))).isNotEmpty();
    }

    @Test
    void diff_ignoresWhatItIsTold() {
        assertThat(MainTest.run("diff", A, B, "--ignore", "territories", "header/geography").code()).isZero();
    }

    @Test
    void diff_changelogInFrench_reportsTheMerger() {
        MainTest.Run r = MainTest.run("diff", A, B, "--format", "changelog", "--lang", "fr");
        assertThat(r.out()).contains("- La commune Orée d'Anjou (49069) a fusionné dans la commune Orée d'Anjou (49126)"
                + " au 1er janvier 2025.");
    }

    @Test
    void diff_usageErrorsExitTwo() {
        assertThat(MainTest.run("diff", A).code()).isEqualTo(2);
        MainTest.Run format = MainTest.run("diff", A, B, "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be text, json, patch or changelog, not 'xml'");
        MainTest.Run pattern = MainTest.run("diff", A, B, "--ignore", "communes/*/name");
        assertThat(pattern.code()).isEqualTo(2);
        assertThat(pattern.err()).contains("'communes' is neither a family");
    }

    @Test
    void diff_unreadableInputExitsThree_saysWhere() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": \"1.0.0\",\n  \"id\": \"x\",\n  \"territories\": [tru\n");
        MainTest.Run r = MainTest.run("diff", broken.toString(), B);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("maillage diff: cannot read " + broken).contains("line 4");
        assertThat(MainTest.run("diff", dir.resolve("none.json").toString(), B).err()).contains("no such file");
    }

    @Test
    void diff_readsBothInputsConcurrently_yetReportsTheFirstFailureAsASequentialReadWould() throws IOException {
        Path badA = dir.resolve("bad-a.json");
        Files.writeString(badA, "{\n  \"schemaVersion\": \"1.0.0\",\n  \"territories\": [tru\n");
        Path badB = dir.resolve("bad-b.json");
        Files.writeString(badB, "{\n  \"schemaVersion\": \"1.0.0\",\n\n\n  \"territories\": {\n");

        for (int i = 0; i < 5; i++) {
            MainTest.Run both = MainTest.run("diff", badA.toString(), badB.toString());
            assertThat(both.code()).isEqualTo(3);
            assertThat(both.out()).isEmpty();
            assertThat(both.err()).startsWith("maillage diff: cannot read " + badA + ": ").contains("(line 3, column ")
                    .doesNotContain("bad-b.json");
        }
        MainTest.Run second = MainTest.run("diff", A, badB.toString());
        assertThat(second.code()).isEqualTo(3);
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).startsWith("maillage diff: cannot read " + badB + ": ").contains("(line 6, column 1) at /territories")
                .doesNotContain(A);
        MainTest.Run first = MainTest.run("diff", badA.toString(), B);
        assertThat(first.code()).isEqualTo(3);
        assertThat(first.err()).startsWith("maillage diff: cannot read " + badA + ": ").doesNotContain(B);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        Context stdin = Context.detached().withStdin(new java.io.ByteArrayInputStream(
                "{\"schemaVersion\": ".getBytes(StandardCharsets.UTF_8)));
        int code = Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), stdin, "diff", A, "-");
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("maillage diff: cannot read standard input: ");
    }

    @Test
    void patch_readsThePatchConcurrently_yetReportsTheDatasetsFailureFirst() throws IOException {
        Path badA = dir.resolve("bad-a.json");
        Files.writeString(badA, "{\n  \"schemaVersion\": \"1.0.0\",\n  \"territories\": [tru\n");
        Path unknownMember = dir.resolve("mayor.json");
        Files.writeString(unknownMember, Files.readString(Path.of(A)).replaceFirst("\"id\": \"commune:05127\",",
                "\"id\": \"commune:05127\", \"mayor\": \"X\","));
        Path notJson = dir.resolve("p.json");
        Files.writeString(notJson, "[{");
        Path badChangeset = dir.resolve("c.json");
        Files.writeString(badChangeset, "{\"changes\": [{\"family\": \"x\"}]}");

        for (int i = 0; i < 5; i++) {
            MainTest.Run both = MainTest.run("patch", badA.toString(), notJson.toString());
            assertThat(both.code()).isEqualTo(3);
            assertThat(both.err()).startsWith("maillage patch: cannot read " + badA + ": ").doesNotContain("p.json");
        }
        MainTest.Run lossFirst = MainTest.run("patch", unknownMember.toString(), badChangeset.toString());
        assertThat(lossFirst.code()).isEqualTo(1);
        assertThat(lossFirst.err()).contains(unknownMember + " holds what the model cannot").doesNotContain("c.json");
        MainTest.Run patchOnly = MainTest.run("patch", A, notJson.toString());
        assertThat(patchOnly.code()).isEqualTo(1);
        assertThat(patchOnly.err()).startsWith("maillage patch: " + notJson + " is not JSON: ");
        MainTest.Run unbound = MainTest.run("patch", A, badChangeset.toString());
        assertThat(unbound.code()).isEqualTo(1);
        assertThat(unbound.out()).isEmpty();
        assertThat(unbound.err()).startsWith("maillage patch: " + badChangeset + ": not a changeset: ");
    }

    @Test
    void patch_appliesBothFormsProducedByDiff_toTheSameCanonicalFile() throws IOException {
        Path patch = dir.resolve("p.json");
        Path changeset = dir.resolve("c.json");
        assertThat(MainTest.run("diff", A, B, "-f", "patch", "-o", patch.toString()).code()).isEqualTo(1);
        assertThat(MainTest.run("diff", A, B, "-f", "json", "-o", changeset.toString()).code()).isEqualTo(1);
        Path b1 = dir.resolve("b1.json");
        Path b2 = dir.resolve("b2.json");

        assertThat(MainTest.run("patch", A, patch.toString(), "--output", b1.toString()).code()).isZero();
        assertThat(MainTest.run("patch", A, changeset.toString(), "--output", b2.toString()).code()).isZero();

        assertThat(Files.readString(b1, StandardCharsets.UTF_8)).isEqualTo(Files.readString(b2, StandardCharsets.UTF_8));
        assertThat(MainTest.run("diff", b1.toString(), B).code()).isZero();
    }

    @Test
    void patch_refusesAPatchThatDoesNotApply_sayingWhichOperationAndWhere() throws IOException {
        Path patch = dir.resolve("p.json");
        MainTest.run("diff", A, B, "-f", "patch", "-o", patch.toString());

        MainTest.Run r = MainTest.run("patch", B, patch.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("maillage patch: " + patch + " does not apply to " + B
                + ": operation 0 at '/geography': test failed: expected \"COG2024\", found \"COG2025\"\n");
    }

    @Test
    void patch_refusesAFileThatIsNeitherForm() throws IOException {
        Path other = dir.resolve("o.json");
        Files.writeString(other, "{\"op\": \"add\"}");
        MainTest.Run r = MainTest.run("patch", A, other.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("is neither a JSON changeset");
    }
}
