package org.maillage.imports.cog;

import org.maillage.imports.ImportNote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.imports.cog.CogImporterRealDataTest.ARRONDISSEMENTS_NOTE;
import static org.maillage.imports.cog.CogImporterRealDataTest.EPT_ABSENT_NOTE;
import static org.maillage.imports.cog.CogImporterRealDataTest.assertEveryCommuneInOneEpci;
import static org.maillage.imports.cog.CogImporterRealDataTest.byId;
import static org.maillage.imports.cog.CogImporterRealDataTest.ids;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Population;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.imports.testkit.CogCache;

/**
 * Imports the real COG vintages 2021–2025 (the cache filled by {@code scripts/fetch-cog.sh}), one
 * at a time, and checks each against counts measured on its package files.
 */
class CogImporterOlderVintagesTest {

    static Stream<Arguments> olderVintages() {
        return Stream.of(
                Arguments.of("5.3.0", 2025, 2022, List.of(34_969, 2_152, 476, 45, 1_255, 11),
                        List.of(ARRONDISSEMENTS_NOTE, "communes-2025-01-08.json: not read: the importer reads "
                                + "communes.json, departements.json, epci.json, ept.json, regions.json")),
                Arguments.of("4.1.0", 2024, 2021, List.of(35_029, 2_081, 483, 45, 1_255, 11), List.of(ARRONDISSEMENTS_NOTE)),
                Arguments.of("3.1.1", 2023, 2019, List.of(35_039, 2_081, 492, 45, 1_255, 11), List.of(ARRONDISSEMENTS_NOTE)),
                Arguments.of("2.3.1", 2022, 2019, List.of(35_049, 2_092, 508, 45, 1_255, 0),
                        List.of(ARRONDISSEMENTS_NOTE, EPT_ABSENT_NOTE)),
                Arguments.of("1.1.1", 2021, 2018, List.of(35_059, 2_215, 517, 45, 1_254, 0),
                        List.of(ARRONDISSEMENTS_NOTE, EPT_ABSENT_NOTE)));
    }

    @ParameterizedTest(name = "{0} = COG {1}")
    @MethodSource("olderVintages")
    void importOlderVintage_countsNotesAndStructure(String version, int year, int censusYear, List<Integer> counts,
            List<String> notes) {
        CogImport cog = CogImporter.create().importFrom(CogCache.dataDir(version));
        assertThat(cog.vintage()).isEqualTo(year);
        assertThat(cog.dataset().header().id()).isEqualTo("cog-" + year);
        Map<TerritoryKind, Integer> c = cog.countsByKind();
        assertThat(c.get(TerritoryKind.COMMUNE)).isEqualTo(counts.get(0));
        assertThat(c.get(TerritoryKind.COMMUNE_DELEGUEE)).isEqualTo(counts.get(1));
        assertThat(c.get(TerritoryKind.COMMUNE_ASSOCIEE)).isEqualTo(counts.get(2));
        assertThat(c.get(TerritoryKind.ARRONDISSEMENT_MUNICIPAL)).isEqualTo(counts.get(3));
        assertThat(c.get(TerritoryKind.EPCI)).isEqualTo(counts.get(4));
        assertThat(c.getOrDefault(TerritoryKind.EPT, 0)).isEqualTo(counts.get(5));
        assertThat(c.get(TerritoryKind.DEPARTEMENT)).isEqualTo(101);
        assertThat(c.get(TerritoryKind.REGION)).isEqualTo(18);
        assertThat(c.get(TerritoryKind.COLLECTIVITE_OUTRE_MER)).isEqualTo(8);
        assertThat(cog.notes()).extracting(ImportNote::toString).containsExactlyElementsOf(notes);

        Map<String, Territory> byId = byId(cog);
        assertThat(byId).hasSize(cog.dataset().territories().size());
        for (Territory t : cog.dataset().territories()) {
            for (TerritoryLink l : t.parents()) {
                assertThat(byId).as(t.id() + " parent").containsKey(l.territory());
            }
            for (TerritoryLink l : t.members()) {
                assertThat(byId.get(l.territory())).as(t.id() + " member").isNotNull()
                        .extracting(Territory::kind).isEqualTo(TerritoryKind.COMMUNE);
            }
        }
        assertEveryCommuneInOneEpci(cog);
        assertThat(byId.get("commune:01001").population()).extracting(Population::year).containsExactly(censusYear);
        assertThat(ids(byId.get("commune:97502").parents())).containsExactly("collectivite-outre-mer:975");
        assertThat(ids(byId.get("commune:2A004").parents())).containsExactly("departement:2A", "region:94");
        // Communes carry their SIREN from the 2022 vintage on.
        assertThat(byId.get("commune:01001").identifiers()).extracting(Identifier::scheme)
                .containsExactlyElementsOf(year >= 2022 ? List.of(IdentifierScheme.INSEE_COMMUNE, IdentifierScheme.SIREN)
                        : List.of(IdentifierScheme.INSEE_COMMUNE));
    }
}
