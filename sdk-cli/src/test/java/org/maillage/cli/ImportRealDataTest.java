package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.imports.testkit.CogCache;
import org.maillage.imports.testkit.FinessFixtures;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/**
 * The real extracts imported with the command line and validated with the current validator
 * (issue 11, item 7). What the validator says of them is pinned here: no error, no warning. The
 * SIRETs that several establishments of one legal entity share (109 in the extract) are legal in
 * the registers and no longer reported (issue 11 item 2). The only findings are infos on TRE_R66
 * categories ended by the date the data speaks of (issue 11 item 1): 116 facilities of the FINESS
 * extract of 2021-01-08 use a category ended before that date (382, ended 2018-10-26, among them);
 * the FHIR file has no reference date, so its categories are judged at the validation date, when
 * 147 facilities use a category ended since.
 */
class ImportRealDataTest {

    @TempDir
    static Path dir;

    static Path cog;

    @BeforeAll
    static void importCog() {
        cog = dir.resolve("cog-2026.json");
        MainTest.Run r = MainTest.run("import", "cog", CogCache.dataDir("6.0.0").toString(), "--output", cog.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    static Map<String, Integer> findingsByRule(Path file) {
        Report report = Validator.builder().build().validate(file);
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : report.findings()) {
            counts.merge(f.ruleId() + " " + f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void finessExtract_importedWithTheCog_validatesWithOnlyEndedCategoryInfos() {
        Path out = dir.resolve("finess.json");
        MainTest.Run r = MainTest.run("import", "finess", FinessFixtures.etalab2021().toString(), "--cog", cog.toString(),
                "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("Imported FINESS of 2021-01-08: 2723 facilities, 1802 organisations (legal entities), ");
        assertThat(findingsByRule(out)).containsExactly(Map.entry("constraint.deprecated-code INFO", 116));
    }

    @Test
    void fhirExtract_validatesWithOnlyEndedCategoryInfos() {
        Path source = FinessFixtures.resourceFile("/org/maillage/fhir/finess-2021-extract.fhir.ndjson");
        Path out = dir.resolve("fhir.json");
        MainTest.Run r = MainTest.run("import", "fhir", source.toString(), "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("Imported 5446 FHIR resources: 2723 facilities, 1802 organisations (legal entities), "
                + "2723 positions, written to " + out);
        assertThat(findingsByRule(out)).containsExactly(Map.entry("constraint.deprecated-code INFO", 147));
    }

    @Test
    void aplExport_importedWithItsNames_validatesWithoutFinding() {
        Path source = FinessFixtures.resourceFile("/org/maillage/imports/observations/apl-mg-2023-cartosante.csv");
        Path out = dir.resolve("apl.json");
        MainTest.Run r = MainTest.run("import", "observations", source.toString(), "--indicator", "apl-mg", "--territory-kind", "tvs",
                "--code-column", "Code", "--value-column", "APL Médecins généralistes 2023", "--name-column", "Libellé",
                "--period", "2023", "--unit", "consultations par an et par habitant standardisé", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("Imported 2928 observations of apl-mg (Accessibilité potentielle localisée aux médecins "
                + "généralistes) for 2023 and 2931 territories written to " + out);
        assertThat(findingsByRule(out)).isEmpty();
    }
}
