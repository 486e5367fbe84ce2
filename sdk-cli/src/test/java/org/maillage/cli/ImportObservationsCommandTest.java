package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.imports.testkit.FinessFixtures;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/**
 * {@code import observations} says at import time when its output refers to territories it does
 * not hold: validated alone, such a file has one {@code ref.unknown} per observation, which the
 * import must not leave the user to find out (see docs/decisions.md, "Indicator tables").
 */
class ImportObservationsCommandTest {

    static final String VALUE = "APL Médecins généralistes 2023";

    @TempDir
    Path dir;

    private static Path aplExport() {
        return FinessFixtures.resourceFile("/org/maillage/imports/observations/apl-mg-2023-cartosante.csv");
    }

    private static List<String> warnings(MainTest.Run r) {
        return Arrays.stream(r.err().split("\n")).filter(l -> l.startsWith("maillage import observations: ")).toList();
    }

    private static List<Finding> findings(Path dataset) {
        Report report = Validator.builder().build().validate(dataset);
        return report.findings();
    }

    @Test
    void importObservations_withoutANameColumn_warnsInEnglishAndFrench_thatTheTerritoriesAreAbsent() {
        Path out = dir.resolve("apl.json");
        MainTest.Run r = MainTest.run("import", "observations", aplExport().toString(), "--indicator", "apl-mg",
                "--territory-kind", "tvs", "--code-column", "Code", "--value-column", VALUE, "--period", "2023",
                "--unit", "consultations par an et par habitant standardisé", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(warnings(r)).containsExactly(
                "maillage import observations: warning: the output does not hold the 2928 territories its observations refer to"
                        + " (ids tvs:CODE): validated alone, it has one unresolved reference (ref.unknown) per observation. Give"
                        + " --name-column with the column of territory names to write the territories too, or add the"
                        + " observations to a dataset that holds them (each file is validated on its own).",
                "maillage import observations: attention : la sortie ne contient pas les 2928 territoires auxquels renvoient"
                        + " ses observations (identifiants tvs:CODE) : validée seule, elle a une référence non résolue"
                        + " (ref.unknown) par observation. Donnez --name-column avec la colonne des noms de territoires pour"
                        + " écrire aussi les territoires, ou ajoutez les observations à un jeu de données qui les contient"
                        + " (chaque fichier est validé seul).");
        // what the warning announces is what validation finds
        List<Finding> findings = findings(out);
        assertThat(findings).hasSize(2928).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("ref.unknown"));
    }

    @Test
    void importObservations_withoutANameColumn_warnsEvenWhenQuiet() {
        MainTest.Run r = MainTest.run("import", "observations", aplExport().toString(), "--indicator", "apl-mg",
                "--territory-kind", "tvs", "--code-column", "Code", "--value-column", VALUE, "--period", "2023", "--quiet",
                "--output", dir.resolve("apl.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(warnings(r)).hasSize(2).allSatisfy(l -> assertThat(l).contains("2928"));
        assertThat(r.err()).doesNotContain("Imported");
    }

    @Test
    void importObservations_withANameColumn_saysNothingOfAbsentTerritories() {
        MainTest.Run r = MainTest.run("import", "observations", aplExport().toString(), "--indicator", "apl-mg",
                "--territory-kind", "tvs", "--code-column", "Code", "--value-column", VALUE, "--name-column", "Libellé",
                "--period", "2023", "--output", dir.resolve("apl.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(warnings(r)).isEmpty();
    }

    @Test
    void importObservations_withRowsWithoutAName_notesThemAndWarnsOfTheirCount() throws IOException {
        Path table = Files.writeString(dir.resolve("names.csv"),
                "Code;Nom;Valeur\n01;Ain;1\n02;;2\n03;;3\n04;\"Allier;4\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("names.json");
        MainTest.Run r = MainTest.run("import", "observations", table.toString(), "--indicator", "apl-mg", "--territory-kind",
                "departement", "--code-column", "Code", "--value-column", "Valeur", "--name-column", "Nom", "--period", "2024",
                "--unit", "u", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("Imported 3 observations of apl-mg (Accessibilité potentielle localisée aux médecins"
                + " généralistes) for 2024 and 1 territory written to " + out);
        assertThat(r.err()).contains(
                table + ":3 Nom: code 02 has no name: its territory is not written",
                table + ":4 Nom: code 03 has no name: its territory is not written",
                table + ":5: a quoted cell is not closed: row not imported");
        assertThat(warnings(r)).containsExactly(
                "maillage import observations: warning: the output does not hold 2 territories its observations refer to:"
                        + " their names are empty in column 'Nom' (see the notes). Validated alone, it has one unresolved"
                        + " reference (ref.unknown) for each. Fill in the names, or add the observations to a dataset that"
                        + " holds these territories.",
                "maillage import observations: attention : la sortie ne contient pas 2 territoires auxquels renvoient ses"
                        + " observations : leur nom est vide dans la colonne « Nom » (voir les notes). Validée seule, elle a"
                        + " une référence non résolue (ref.unknown) pour chacun. Complétez les noms, ou ajoutez les"
                        + " observations à un jeu de données qui contient ces territoires.");
        assertThat(findings(out)).extracting(f -> f.ruleId() + " " + f.pointer())
                .containsExactly("ref.unknown /observations/1/territory", "ref.unknown /observations/2/territory");
    }
}
