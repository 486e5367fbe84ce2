package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.imports.cog.CogImport;
import org.maillage.imports.cog.CogImporter;
import org.maillage.imports.ImportNote;
import org.maillage.imports.testkit.CogCache;

/** The committed sample {@code examples/data/ariege.json}: consistent, and equal to a fresh import of the COG 2026. */
class AriegeSampleTest {

    private static final String REGENERATE = "examples/data/ariege.json is stale; regenerate it from the repository root with "
            + "'./maillage import cog ${MAILLAGE_COG_CACHE:-$HOME/.cache/maillage/cog}/6.0.0/package/data --departement 09"
            + " --output examples/data/ariege.json'";

    @Test
    void sample_equalsAFreshImportOfTheCog2026() throws IOException {
        Path data = CogCache.dataDir("6.0.0");

        CogImport cog = CogImporter.create().withDepartements(List.of("09")).importFrom(data);
        assertThat(cog.notes()).extracting(ImportNote::toString).containsExactly(
                "arrondissements.json: not imported: arrondissements départementaux have no territory kind in the model");
        String fresh = DatasetWriter.canonical().writeString(cog.dataset());
        assertThat(Files.readString(ReadTerritoriesTest.SAMPLE, StandardCharsets.UTF_8)).as(REGENERATE).isEqualTo(fresh);
    }

    @Test
    void sample_holdsAriegeWholeWithEveryLinkResolved() {
        Dataset d = DatasetReader.standard().read(ReadTerritoriesTest.SAMPLE);
        assertThat(d.header().id()).isEqualTo("cog-2026-09");
        assertThat(d.header().license()).startsWith("Licence Ouverte 2.0");
        Set<String> ids = d.territories().stream().map(Territory::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(348).contains("departement:09", "region:76");
        for (Territory t : d.territories()) {
            assertThat(t.parents()).extracting(TerritoryLink::territory).allSatisfy(id -> assertThat(ids).contains(id));
            assertThat(t.members()).extracting(TerritoryLink::territory).allSatisfy(id -> assertThat(ids).contains(id));
        }
        Map<String, Long> epciPerCommune = d.territories().stream().filter(t -> t.kind().code().equals("epci"))
                .flatMap(t -> t.members().stream()).collect(Collectors.groupingBy(TerritoryLink::territory, Collectors.counting()));
        // Ariège is self-contained: each of its 325 communes is in exactly one of its 8 EPCI.
        assertThat(epciPerCommune).hasSize(325).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
    }
}
