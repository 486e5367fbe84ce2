package org.maillage.core.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.InvalidDataException;
import org.maillage.core.testkit.SchemaFiles;

/** The typed reader of the shipped codelists, with versions, status and dates. */
class CodelistsTest {

    private static final Path FOLDER = SchemaFiles.load().root().resolve("codelists");

    @Test
    void read_givesEveryListWithItsKindVersionAndSource() {
        Codelists lists = Codelists.read(FOLDER);
        assertThat(lists.names()).hasSize(33).contains("finess-category", "territory-kind", "profession");
        Codelist finess = lists.get("finess-category");
        assertThat(finess.open()).isTrue();
        assertThat(finess.version()).isEqualTo("20260505120000");
        assertThat(finess.source()).contains("TRE_R66");
        assertThat(finess.verified()).isTrue();
        assertThat(lists.get("territory-kind").open()).isFalse();
        assertThat(lists.get("profession").verified()).isFalse();
    }

    @Test
    void finessCategory_isTheWholeTreR66_withStatusAndDates() {
        Codelist finess = Codelists.read(FOLDER).get("finess-category");
        assertThat(finess.entries()).hasSize(322);
        assertThat(finess.entries().stream().filter(CodelistEntry::deprecated)).hasSize(152);
        CodelistEntry ch = finess.entry("355").orElseThrow();
        assertThat(ch.labelFr()).isEqualTo("Centre Hospitalier (C.H.)");
        assertThat(ch.deprecated()).isFalse();
        assertThat(ch.validTo()).isNull();
        CodelistEntry old = finess.entry("437").orElseThrow();
        assertThat(old.deprecated()).isTrue();
        assertThat(old.validTo()).isEqualTo(LocalDate.of(2018, 10, 26));
        assertThat(finess.entry("999")).isEmpty();
        assertThat(finess.contains("606")).isTrue();
    }

    @Test
    void read_reportsAMalformedRow_withItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.csv"), "name,kind,version,source,verification\n"
                + "colour,open,1.0,Maillage,unverified: a test\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("colour.csv"), "code,label_fr,label_en,description,deprecated\n"
                + "red,Rouge,Red,,false\nblue,Bleu,Blue,,maybe\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Codelists.read(dir)).isInstanceOf(InvalidDataException.class)
                .hasMessage("codelists/colour.csv:3: deprecated is 'maybe', not true or false")
                .extracting(e -> ((InvalidDataException) e).line()).isEqualTo(3L);
    }

    @Test
    void read_refusesAnIndexRowWithoutVerification(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.csv"), "name,kind,version,source,verification\n"
                + "colour,open,1.0,Maillage,checked\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Codelists.read(dir)).isInstanceOf(InvalidDataException.class)
                .hasMessage("codelists/index.csv:2: verification must start with 'verified:' or 'unverified:'");
    }

    @Test
    void read_keepsDatesAsPublished_evenAnEndBeforeTheStart() {
        // TRE_R66 20260505120000 publishes code 159 valid from 2020-06-26 and ended 2016-05-05.
        CodelistEntry e = Codelists.read(FOLDER).get("finess-category").entry("159").orElseThrow();
        assertThat(e.validFrom()).isEqualTo(LocalDate.of(2020, 6, 26));
        assertThat(e.validTo()).isEqualTo(LocalDate.of(2016, 5, 5));
    }

    @Test
    void read_parsesQuotedCellsWithCommas(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.csv"), "name,kind,version,source,verification\n"
                + "colour,open,1.0,Maillage,unverified: a test\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("colour.csv"), "code,label_fr,label_en,description,deprecated,valid_from,valid_to\n"
                + "red,\"Rouge, vif\",Red,\"Un \"\"rouge\"\"\",true,2020-01-01,2021-12-31\n", StandardCharsets.UTF_8);
        CodelistEntry red = Codelists.read(dir).get("colour").entry("red").orElseThrow();
        assertThat(red.labelFr()).isEqualTo("Rouge, vif");
        assertThat(red.description()).isEqualTo("Un \"rouge\"");
        assertThat(red.validTo()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void load_saysWhatIsMissing_whenTheSchemasJarIsAbsent() {
        ClassLoader empty = new ClassLoader(null) {};
        assertThatThrownBy(() -> Codelists.load(empty)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("add org.maillage:maillage-schemas");
    }
}
