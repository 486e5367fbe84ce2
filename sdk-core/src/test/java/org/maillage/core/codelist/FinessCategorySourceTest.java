package org.maillage.core.codelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.testkit.SchemaFiles;

/**
 * {@code finess-category.csv} is the nomenclature TRE_R66 of the ANS, version 20260505120000, code
 * for code: display name, long designation, status and dates (issue 11, item 1).
 */
class FinessCategorySourceTest {

    @Test
    void finessCategory_equalsTreR66_codeForCode() throws IOException {
        List<List<String>> source;
        try (InputStream in = getClass().getResourceAsStream("/codelist-sources/tre-r66-categorie-etablissement.csv")) {
            source = Codelists.parse("tre-r66", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(source.get(0)).containsExactly("code", "label", "long_label", "status", "valid_from", "valid_to", "updated");
        Codelist shipped = Codelists.read(SchemaFiles.load().root().resolve("codelists")).get("finess-category");
        assertThat(shipped.entries()).hasSize(source.size() - 1);
        for (List<String> r : source.subList(1, source.size())) {
            CodelistEntry e = shipped.entry(r.get(0)).orElseThrow(() -> new AssertionError("missing code " + r.get(0)));
            assertThat(e.labelFr()).as(r.get(0)).isEqualTo(r.get(1));
            assertThat(e.description()).as(r.get(0)).isEqualTo(r.get(2));
            assertThat(e.deprecated()).as(r.get(0)).isEqualTo(r.get(3).equals("deprecated"));
            assertThat(e.validFrom()).as(r.get(0)).isEqualTo(r.get(4).isEmpty() ? null : LocalDate.parse(r.get(4)));
            assertThat(e.validTo()).as(r.get(0)).isEqualTo(r.get(5).isEmpty() ? null : LocalDate.parse(r.get(5)));
        }
        assertThat(shipped.version()).isEqualTo("20260505120000");
    }
}
