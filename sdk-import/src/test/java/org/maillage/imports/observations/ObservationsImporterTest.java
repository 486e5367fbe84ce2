package org.maillage.imports.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Period;
import org.maillage.imports.ImportNote;
import org.maillage.imports.SourceFormatException;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;

/** Indicator tables as users export them: the real CartoSanté APL export and variants of it. */
class ObservationsImporterTest {

    static final String VALUE = "APL Médecins généralistes 2023";

    @TempDir
    Path dir;

    static Path realExport() throws URISyntaxException {
        return Path.of(ObservationsImporterTest.class.getResource("/org/maillage/imports/observations/apl-mg-2023-cartosante.csv").toURI());
    }

    private static ObservationsImporter apl() {
        return ObservationsImporter.builder("apl-mg", TerritoryKind.TVS, "Code", VALUE, ObservationPeriod.parse("2023"))
                .unit("consultations par an et par habitant standardisé").build();
    }

    private static Dataset read(ByteArrayOutputStream out) {
        return DatasetReader.standard().read(new ByteArrayInputStream(out.toByteArray()), DatasetFormat.JSON);
    }

    /** The code and value of every data row of the real export, read by hand: lines 4 to 2934. */
    private static Map<String, String> expected() throws IOException, URISyntaxException {
        Map<String, String> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(realExport(), StandardCharsets.UTF_8);
        for (String line : lines.subList(3, lines.size())) {
            String[] cells = line.split(";");
            rows.put(cells[0], cells[2]);
        }
        return rows;
    }

    @Test
    void importTo_realCartoSanteExport_keepsEveryValueExactly_andReportsTheThreeMissing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationsImport r = apl().importTo(realExport(), out, DatasetFormat.JSON);
        Dataset d = read(out);
        Map<String, String> expected = expected();
        assertThat(expected).hasSize(2931);
        assertThat(r.observations()).isEqualTo(2928);
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(r.separator()).isEqualTo(';');
        assertThat(r.headerLine()).isEqualTo(3);
        assertThat(d.observations()).hasSize(2928);
        for (Observation o : d.observations()) {
            String code = o.territory().substring("tvs:".length());
            assertThat(o.value()).as(code).isEqualByComparingTo(new BigDecimal(expected.get(code)));
            assertThat(o.value().toPlainString()).as(code + " as written").isEqualTo(expected.get(code));
            assertThat(o.period()).isEqualTo(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
            assertThat(o.indicator()).isEqualTo("indicator:apl-mg");
        }
        assertThat(d.observations().get(0).id()).isEqualTo("observation:apl-mg-2023-01004");
        IndicatorDefinition def = d.indicators().get(0);
        assertThat(def.labelFr()).isEqualTo("Accessibilité potentielle localisée aux médecins généralistes");
        assertThat(def.unit()).isEqualTo("consultations par an et par habitant standardisé");
        String file = realExport().toString();
        // every row of the source is accounted for: a number is one observation of its code, and
        // anything else is one note with its line and code, computed here from the file itself
        List<String> lines = Files.readAllLines(realExport(), StandardCharsets.UTF_8);
        List<String> numeric = new java.util.ArrayList<>();
        List<String> notNumbers = new java.util.ArrayList<>();
        for (int i = 3; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(";", -1);
            if (cells[2].matches("\\d+(\\.\\d+)?")) {
                numeric.add(cells[0]);
            } else {
                notNumbers.add(file + ":" + (i + 1) + " " + VALUE + ": code " + cells[0] + ": value '" + cells[2]
                        + "' is not a number: row not imported");
            }
        }
        assertThat(numeric.size() + notNumbers.size()).isEqualTo(2931);
        assertThat(d.observations()).extracting(o -> o.territory().substring("tvs:".length()))
                .as("one observation per numeric row, in file order").containsExactlyElementsOf(numeric);
        assertThat(r.notes()).extracting(ImportNote::toString).containsExactlyElementsOf(notNumbers);
        assertThat(r.notes()).extracting(ImportNote::toString).containsExactly(
                file + ":2932 " + VALUE + ": code 976ZZ: value 'N/A - résultat non disponible' is not a number: row not imported",
                file + ":2933 " + VALUE + ": code 977ZZ: value 'N/A - résultat non disponible' is not a number: row not imported",
                file + ":2934 " + VALUE + ": code 978ZZ: value 'N/A - résultat non disponible' is not a number: row not imported");
    }

    /** The real export rewritten: encoding, separator, decimal mark, line ends, byte order mark. */
    private Path variant(String name, Charset charset, char separator, boolean decimalComma, String lineEnd, boolean bom)
            throws IOException, URISyntaxException {
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
        List<String> lines = Files.readAllLines(realExport(), StandardCharsets.UTF_8);
        lines.set(0, lines.get(0).replace("\uFEFF", ""));
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(";", -1);
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c];
                if (i >= 3 && c == 2 && decimalComma) {
                    cell = cell.replace('.', ',');
                }
                if (cell.indexOf(separator) >= 0) {
                    cell = '"' + cell + '"';
                }
                row.append(c == 0 ? "" : String.valueOf(separator)).append(cell);
            }
            sb.append(row).append(lineEnd);
        }
        Path p = dir.resolve(name);
        Files.write(p, sb.toString().getBytes(charset));
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "latin1-semicolon-crlf, windows-1252, ';', false, CRLF, false",
        "utf8-comma-decimal-comma, UTF-8, ',', true, LF, false",
        "utf8-nobom-tab, UTF-8, TAB, false, LF, false",
        "latin1-semicolon-decimal-comma, windows-1252, ';', true, CRLF, false",
        "utf8-bom-comma-crlf, UTF-8, ',', true, CRLF, true",
    })
    void importTo_variantsOfTheExport_giveTheSameValues(String name, String charset, String separator, boolean decimalComma,
            String lineEnd, boolean bom) throws Exception {
        char sep = separator.equals("TAB") ? '\t' : separator.charAt(0);
        Path p = variant(name + ".csv", Charset.forName(charset), sep, decimalComma, lineEnd.equals("CRLF") ? "\r\n" : "\n", bom);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationsImport r = apl().importTo(p, out, DatasetFormat.JSON);
        assertThat(r.encoding()).isEqualTo(charset);
        assertThat(r.separator()).isEqualTo(sep);
        assertThat(r.headerLine()).isEqualTo(3);
        Map<String, String> expected = expected();
        List<Observation> obs = read(out).observations();
        assertThat(obs).hasSize(2928);
        for (Observation o : obs) {
            String code = o.territory().substring("tvs:".length());
            assertThat(o.value().toPlainString()).as(code).isEqualTo(expected.get(code));
        }
        assertThat(r.notes()).hasSize(3).allSatisfy(n -> assertThat(n.message()).contains("is not a number"));
    }

    @Test
    void importTo_withANameColumn_writesTheTerritoriesSoReferencesResolve() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationsImport r = ObservationsImporter.builder("apl-mg", TerritoryKind.TVS, "Code", VALUE, ObservationPeriod.parse("2023"))
                .nameColumn("Libellé").build().importTo(realExport(), out, DatasetFormat.JSON);
        Dataset d = read(out);
        assertThat(r.territories()).isEqualTo(2931);
        assertThat(r.absentTerritories()).isZero();
        assertThat(d.territories().get(0).id()).isEqualTo("tvs:01004");
        assertThat(d.territories().get(0).name()).isEqualTo("Ambérieu-en-Bugey");
        assertThat(d.indicators().get(0).unit()).isEqualTo(ObservationsImporter.UNKNOWN_UNIT);
        assertThat(r.notes().get(0).message()).isEqualTo("no unit given (--unit): the indicator's unit is written 'unité non précisée'");
    }

    @Test
    void importTo_withoutANameColumn_countsEveryTerritoryReferencedAsAbsent() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationsImport r = apl().importTo(realExport(), out, DatasetFormat.JSON);
        Dataset d = read(out);
        assertThat(d.territories()).isEmpty();
        assertThat(r.territories()).isZero();
        assertThat(r.absentTerritories()).isEqualTo(2928).isEqualTo(d.observations().size());
    }

    @Test
    void importTo_withANameColumn_countsAndNotesTheRowsWithoutAName() throws IOException {
        Path p = dir.resolve("names.csv");
        Files.writeString(p, "Code;Nom;Valeur\n01;Ain;1\n02;;2\n03; ;N/A\n04;\"Allier;3\n05;Alpes;\"5\n06;;6\n06;Alpes-Maritimes;7\n",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationsImport r = ObservationsImporter.builder("x", TerritoryKind.DEPARTEMENT, "Code", "Valeur", ObservationPeriod.parse("2024"))
                .unit("u").nameColumn("Nom").build().importTo(p, out, DatasetFormat.JSON);
        Dataset d = read(out);
        assertThat(d.territories()).extracting(t -> t.id() + "=" + t.name())
                .containsExactly("departement:01=Ain", "departement:06=Alpes-Maritimes");
        assertThat(d.observations()).extracting(o -> o.territory()).containsExactly("departement:01", "departement:02", "departement:06");
        assertThat(r.absentTerritories()).isEqualTo(1);
        assertThat(r.notes()).extracting(ImportNote::toString).containsExactly(
                p + ":3 Nom: code 02 has no name: its territory is not written",
                p + ":4 Nom: code 03 has no name: its territory is not written",
                p + ":4 Valeur: code 03: value 'N/A' is not a number: row not imported",
                p + ":5: a quoted cell is not closed: row not imported",
                p + ":6: a quoted cell is not closed: row not imported",
                p + ":8 Code: code 06 appears again: this row is not imported");
    }

    @Test
    void importTo_refusesATableWithoutTheNamedColumns() throws Exception {
        ObservationsImporter wrong = ObservationsImporter.builder("apl-mg", TerritoryKind.TVS, "Code", "APL 2024",
                ObservationPeriod.parse("2024")).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> wrong.importTo(realExport(), out, DatasetFormat.JSON)).isInstanceOf(SourceFormatException.class)
                .hasMessage(realExport() + ": no row holds both columns 'Code' and 'APL 2024' (separated by ';', ',' or a tab)");
        assertThat(out.size()).isZero();
    }

    @Test
    void importTo_reportsRowsItCannotRead_withTheirLine() throws IOException {
        Path p = dir.resolve("rows.csv");
        Files.writeString(p, "Code;Valeur\n01;1,5\n;2\n01;3\n02\n03;1.234,5\n04;\"1 234,5\"\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationsImport r = ObservationsImporter.builder("x", TerritoryKind.DEPARTEMENT, "Code", "Valeur",
                ObservationPeriod.parse("2024-Q2")).unit("u").build().importTo(p, out, DatasetFormat.JSON);
        Dataset d = read(out);
        assertThat(d.observations()).extracting(o -> o.territory() + "=" + o.value().toPlainString())
                .containsExactly("departement:01=1.5", "departement:04=1234.5");
        assertThat(d.observations().get(0).period()).isEqualTo(new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
        assertThat(d.observations().get(0).id()).isEqualTo("observation:x-2024-q2-01");
        assertThat(r.notes()).extracting(ImportNote::toString).containsExactly(
                p + ":3 Code: row without a code in 'Code' (value '2'): not imported",
                p + ":4 Code: code 01 appears again: this row is not imported",
                p + ":5: row of 1 cells, the header has 2: row not imported",
                p + ":6 Valeur: code 03: value '1.234,5' is not a number: row not imported");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2023, 2023-01-01, 2023-12-31",
        "2023-02, 2023-02-01, 2023-02-28",
        "2024-T4, 2024-10-01, 2024-12-31",
        "2024-S2, 2024-07-01, 2024-12-31",
        "2024-01-15/2024-03-01, 2024-01-15, 2024-03-01",
    })
    void period_readsTheUsualSpellings(String text, LocalDate start, LocalDate end) {
        assertThat(ObservationPeriod.parse(text).period()).isEqualTo(new Period(start, end));
    }

    @Test
    void period_refusesOtherText() {
        assertThatThrownBy(() -> ObservationPeriod.parse("2023-13")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("period '2023-13' is not a date");
        assertThatThrownBy(() -> ObservationPeriod.parse("last year")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period 'last year' is none of YYYY, YYYY-MM, YYYY-Qn, YYYY-Sn, START/END");
    }

    @Test
    void number_readsDecimalMarksAndRefusesText() {
        assertThat(ObservationsImporter.number("2.50")).isEqualTo(new BigDecimal("2.50"));
        assertThat(ObservationsImporter.number("2,5")).isEqualTo(new BigDecimal("2.5"));
        assertThat(ObservationsImporter.number("-3")).isEqualTo(new BigDecimal("-3"));
        assertThat(ObservationsImporter.number("N/A")).isNull();
        assertThat(ObservationsImporter.number("")).isNull();
        assertThat(ObservationsImporter.number("1,2,3")).isNull();
    }
}
