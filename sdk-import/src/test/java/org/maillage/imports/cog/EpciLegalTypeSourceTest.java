package org.maillage.imports.cog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.core.codelist.CodelistEntry;
import org.maillage.core.codelist.Codelists;
import org.maillage.imports.testkit.CogCache;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

/**
 * {@code epci-legal-type.csv} holds exactly the legal types ({@code type}) that the EPCI à
 * fiscalité propre of the real COG use, in every vintage the importer reads (COG 2021 to 2026, the
 * packages {@code @etalab/decoupage-administratif} 1.1.1 to 6.0.0), as {@code schemas/codelists/index.csv}
 * says. Skipped, with the reason, when the build runs with {@code -Dmaillage.cog.skip=true}.
 */
class EpciLegalTypeSourceTest {

    @ParameterizedTest(name = "COG package {0}")
    @ValueSource(strings = {"1.1.1", "2.3.1", "3.1.1", "4.1.0", "5.3.0", "6.0.0"})
    void epciLegalType_equalsTheTypesOfTheRealCog(String version) throws IOException {
        Path epci = CogCache.dataDir(version).resolve("epci.json");
        JsonNode all = MaillageJson.mapper().readTree(Files.readString(epci));
        Set<String> used = new TreeSet<>();
        for (JsonNode e : all) {
            used.add(e.get("type").stringValue());
        }
        assertThat(all.size()).as("EPCI in " + epci).isGreaterThan(1200);
        Set<String> shipped = new TreeSet<>();
        for (CodelistEntry e : Codelists.bundled().get("epci-legal-type").entries()) {
            shipped.add(e.code());
        }
        assertThat(used).as("legal types of " + epci).isEqualTo(shipped);
    }
}
