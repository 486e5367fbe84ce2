package org.maillage.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    /** Rows of the real FINESS extract: finess_et, finess_ej, siret, … */
    private static List<String[]> finessRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(IdentifiersTest.class.getResourceAsStream("/finess/finess-2021-extract.csv")),
                StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    @Test
    void finess_acceptsCorsicanNumbers() {
        assertThat(Finess.isValid("2A0000014")).isTrue();
        assertThat(Finess.isValid("2B0000020")).isTrue();
        assertThat(Finess.parse(" 2a0000014 ").value()).isEqualTo("2A0000014");
    }

    @Test
    void finess_acceptsEveryNumberOfTheRealExtract() throws IOException {
        List<String[]> rows = finessRows();
        assertThat(rows).hasSize(2723);
        for (String[] row : rows) {
            assertThat(Finess.problem(row[0])).as("ET %s", row[0]).isNull();
            assertThat(Finess.problem(row[1])).as("EJ %s", row[1]).isNull();
        }
    }

    @Test
    void finess_rejectsEveryOneDigitMutationOfRealNumbers() throws IOException {
        int checked = 0;
        for (String[] row : finessRows().subList(0, 200)) {
            String n = row[0];
            for (int i = 2; i < 9; i++) {
                char c = n.charAt(i);
                char other = (char) ('0' + (c - '0' + 1) % 10);
                String mutated = n.substring(0, i) + other + n.substring(i + 1);
                assertThat(Finess.isValid(mutated)).as("mutated %s -> %s", n, mutated).isFalse();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(1400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2A0000015", "2C0000014", "200000014", "2A000001", "2A00000144", "ABCDEFGHI", ""})
    void finess_rejectsMalformedOrBadKey(String value) {
        assertThat(Finess.isValid(value)).isFalse();
        assertThatThrownBy(() -> new Finess(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid FINESS");
    }

    @Test
    void siret_acceptsEverySiretOfTheRealExtract() throws IOException {
        int checked = 0;
        for (String[] row : finessRows()) {
            String siret = row[2];
            if (siret.isEmpty()) {
                continue;
            }
            checked++;
            assertThat(Siret.problem(siret)).as("SIRET %s", siret).isNull();
            assertThat(new Siret(siret).siren().value()).isEqualTo(siret.substring(0, 9));
        }
        assertThat(checked).isEqualTo(2429);
    }

    @Test
    void siret_laPosteEstablishmentsPassOnTheirDigitSum() {
        // A La Poste establishment whose Luhn key fails but whose digit sum is 45.
        assertThat(Siret.isValid("35600000049837")).isTrue();
        // The head office passes the ordinary Luhn check.
        assertThat(Siret.isValid("35600000000048")).isTrue();
        // Digit sum 46 and Luhn fails: refused.
        assertThat(Siret.isValid("35600000049838")).isFalse();
        // The same digit-sum rule does not apply to anyone else.
        assertThat(Siret.isValid("73282932000019")).isFalse();
        assertThat(Siret.isValid("73282932000074")).isTrue();
        assertThat(new Siret("73282932000074").nic()).isEqualTo("00074");
    }

    @Test
    void siren_luhn() {
        assertThat(Siren.isValid("356000000")).isTrue();
        assertThat(Siren.isValid("732829320")).isTrue();
        assertThat(Siren.isValid("732829321")).isFalse();
        assertThat(Siren.isValid("73282932")).isFalse();
        assertThat(Siren.parse(" 732 829 320 ").value()).isEqualTo("732829320");
    }

    @Test
    void rpps_luhn() {
        assertThat(Rpps.isValid("10003453510")).isTrue();
        assertThat(Rpps.isValid("10003453518")).isFalse();
        assertThat(Rpps.isValid("1000345351")).isFalse();
    }

    @Test
    void inseeCommune_shapesAndDepartement() {
        assertThat(InseeCommuneCode.parse("2a004").value()).isEqualTo("2A004");
        assertThat(InseeCommuneCode.parse("2A004").departement()).contains(new DepartementCode("2A"));
        assertThat(InseeCommuneCode.parse("25056").departement()).contains(new DepartementCode("25"));
        assertThat(InseeCommuneCode.parse("97105").departement()).contains(new DepartementCode("971"));
        assertThat(InseeCommuneCode.parse("97611").departement()).contains(new DepartementCode("976"));
        assertThat(InseeCommuneCode.parse("97502").isOverseasCollectivity()).isTrue();
        assertThat(InseeCommuneCode.parse("98818").isOverseasCollectivity()).isTrue();
        assertThat(InseeCommuneCode.isValid("20004")).isFalse();
        assertThat(InseeCommuneCode.isValid("00123")).isFalse();
        assertThat(InseeCommuneCode.isValid("96001")).isFalse();
        assertThat(InseeCommuneCode.isValid("2C004")).isFalse();
        assertThat(InseeCommuneCode.isValid("7510")).isFalse();
    }

    @Test
    void departement_list() {
        for (String ok : List.of("01", "19", "2A", "2B", "21", "95", "971", "972", "973", "974", "976")) {
            assertThat(DepartementCode.isValid(ok)).as(ok).isTrue();
        }
        for (String bad : List.of("00", "20", "96", "975", "977", "978", "988", "2C", "1", "")) {
            assertThat(DepartementCode.isValid(bad)).as(bad).isFalse();
        }
        assertThat(DepartementCode.problem("975")).contains("overseas collectivity");
    }

    @Test
    void schemes_checkTheirValues() {
        assertThat(IdentifierScheme.FINESS_ET.problem("2A0000014")).isNull();
        assertThat(IdentifierScheme.FINESS_EJ.problem("2A0000015")).contains("Luhn");
        assertThat(IdentifierScheme.SIREN.problem("732829320")).isNull();
        assertThat(IdentifierScheme.QPV.problem("QN04404M")).isNull();
        assertThat(IdentifierScheme.QPV.problem("QP044004")).isNull();
        assertThat(IdentifierScheme.QPV.problem("XX")).isNotNull();
        assertThat(IdentifierScheme.INSEE_REGION.problem("27")).isNull();
    }
}
