package org.maillage.imports.cog;

import org.maillage.imports.ImportNote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Population;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.imports.testkit.CogCache;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.json.SourcePosition;
import org.maillage.json.internal.DatasetHandler;
import org.maillage.json.internal.EntityNode;
import org.maillage.json.internal.ReadProblem;
import org.maillage.json.internal.StreamingReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports the real COG 2026 (the cache filled by {@code scripts/fetch-cog.sh}) and
 * checks the result against counts measured on the package files. Skipped, with the reason, when
 * the data is not there.
 */
class CogImporterRealDataTest {

    /** The four island communes that belong to no EPCI, in every vintage. */
    static final Set<String> ISLANDS_WITHOUT_EPCI =
            Set.of("commune:22016", "commune:29083", "commune:29155", "commune:85113");

    static final String ARRONDISSEMENTS_NOTE =
            "arrondissements.json: not imported: arrondissements départementaux have no territory kind in the model";
    static final String EPT_ABSENT_NOTE =
            "ept.json: file absent (the package ships EPT from its 2023 vintage on): no EPT imported";

    private static CogImport cog2026;
    private static Map<String, Territory> byId2026;

    /** Imports 2026 once for the class; each test that needs it is skipped, with the reason, without the data. */
    @BeforeEach
    void import2026() {
        Path dir = CogCache.dataDir("6.0.0");
        if (cog2026 == null) {
            cog2026 = CogImporter.create().importFrom(dir);
            byId2026 = byId(cog2026);
        }
    }

    static Map<String, Territory> byId(CogImport cog) {
        return cog.dataset().territories().stream().collect(Collectors.toMap(Territory::id, Function.identity()));
    }

    private static Territory t(String id) {
        assertThat(byId2026).containsKey(id);
        return byId2026.get(id);
    }

    static List<String> ids(List<TerritoryLink> links) {
        return links.stream().map(TerritoryLink::territory).toList();
    }

    @Test
    void import2026_detectsTheVintageFromPackageJson() {
        assertThat(cog2026.vintage()).isEqualTo(2026);
        assertThat(cog2026.packageVersion()).isEqualTo("6.0.0");
        DatasetHeader h = cog2026.dataset().header();
        assertThat(h.id()).isEqualTo("cog-2026");
        assertThat(h.geography()).isEqualTo("COG2026");
        assertThat(h.referenceDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(h.license()).isEqualTo("Licence Ouverte 2.0 (INSEE, DGCL, La Poste via @etalab/decoupage-administratif)");
        assertThat(h.publisher().name()).isEqualTo("INSEE / Etalab");
        assertThat(h.title()).isEqualTo("Code officiel géographique 2026 (INSEE, DGCL; @etalab/decoupage-administratif 6.0.0)");
    }

    @Test
    void import2026_countsEveryKind() {
        assertThat(cog2026.countsByKind()).containsExactly(
                entry(TerritoryKind.COMMUNE, 34_969),
                entry(TerritoryKind.COMMUNE_DELEGUEE, 2_105),
                entry(TerritoryKind.COMMUNE_ASSOCIEE, 471),
                entry(TerritoryKind.ARRONDISSEMENT_MUNICIPAL, 45),
                entry(TerritoryKind.EPCI, 1_255),
                entry(TerritoryKind.EPT, 11),
                entry(TerritoryKind.DEPARTEMENT, 101),
                entry(TerritoryKind.REGION, 18),
                entry(TerritoryKind.COLLECTIVITE_OUTRE_MER, 8));
    }

    @Test
    void import2026_communesAre34875CogCommunesPlus94OverseasCollectivityCommunes() {
        // 34,969 is the npm count of commune-actuelle records: the 34,875 communes of the COG
        // (mainland, Corsica, the five DROM) plus the 94 communes of the overseas collectivities.
        Map<Boolean, Long> byCollectivity = cog2026.dataset().territories().stream()
                .filter(t -> t.kind() == TerritoryKind.COMMUNE)
                .collect(Collectors.partitioningBy(t -> t.parents().stream()
                        .anyMatch(p -> p.territory().startsWith("collectivite-outre-mer:")), Collectors.counting()));
        assertThat(byCollectivity).containsEntry(false, 34_875L).containsEntry(true, 94L);
    }

    @Test
    void import2026_epciLegalTypes() {
        Map<EpciLegalType, Long> types = cog2026.dataset().territories().stream()
                .filter(t -> t.kind() == TerritoryKind.EPCI)
                .collect(Collectors.groupingBy(Territory::legalType, Collectors.counting()));
        assertThat(types).containsOnly(entry(EpciLegalType.CC, 989L), entry(EpciLegalType.CA, 230L),
                entry(EpciLegalType.CU, 14L), entry(EpciLegalType.METRO, 21L), entry(EpciLegalType.MET69, 1L));
        Territory lyon = t("epci:200046977");
        assertThat(lyon.legalType()).isEqualTo(EpciLegalType.MET69);
        assertThat(lyon.identifiers()).containsExactly(Identifier.of(IdentifierScheme.SIREN, "200046977"));
    }

    @Test
    void import2026_notesOnlyTheFileItDoesNotImport() {
        assertThat(cog2026.notes()).extracting(ImportNote::toString).containsExactly(ARRONDISSEMENTS_NOTE);
    }

    @Test
    void import2026_overseasCollectivitiesAreParentsOfTheirCommunes() {
        assertThat(cog2026.dataset().territories()).filteredOn(t -> t.kind() == TerritoryKind.COLLECTIVITE_OUTRE_MER)
                .extracting(Territory::code).containsExactly("975", "977", "978", "984", "986", "987", "988", "989");
        assertThat(t("collectivite-outre-mer:975").name()).isEqualTo("Saint-Pierre-et-Miquelon");
        Territory stPierre = t("commune:97502");
        assertThat(ids(stPierre.parents())).containsExactly("collectivite-outre-mer:975");
        assertThat(stPierre.identifiers()).containsExactly(Identifier.of(IdentifierScheme.INSEE_COMMUNE, "97502"));
        assertThat(stPierre.population()).containsExactly(new Population(5_194, 2022, PopulationKind.MUNICIPALE));
        // TAAF communes have no population: neither has the collectivity.
        assertThat(t("commune:98411").population()).isEmpty();
        assertThat(t("collectivite-outre-mer:984").population()).isEmpty();
    }

    @Test
    void import2026_everyEpciMemberIsACommuneOfTheDataset() {
        for (Territory epci : cog2026.dataset().territories()) {
            if (epci.kind() == TerritoryKind.EPCI || epci.kind() == TerritoryKind.EPT) {
                assertThat(epci.members()).isNotEmpty();
                for (TerritoryLink m : epci.members()) {
                    assertThat(byId2026.get(m.territory())).as(epci.id() + " member " + m.territory())
                            .isNotNull().extracting(Territory::kind).isEqualTo(TerritoryKind.COMMUNE);
                }
            }
        }
    }

    @Test
    void import2026_everyCommuneButFourIslandsAndOverseasCollectivitiesIsInExactlyOneEpci() {
        assertEveryCommuneInOneEpci(cog2026);
    }

    static void assertEveryCommuneInOneEpci(CogImport cog) {
        Map<String, Integer> epciCount = new HashMap<>();
        for (Territory t : cog.dataset().territories()) {
            if (t.kind() == TerritoryKind.EPCI) {
                t.members().forEach(m -> epciCount.merge(m.territory(), 1, Integer::sum));
            }
        }
        List<String> withoutEpci = new ArrayList<>();
        for (Territory t : cog.dataset().territories()) {
            if (t.kind() != TerritoryKind.COMMUNE) {
                continue;
            }
            int n = epciCount.getOrDefault(t.id(), 0);
            assertThat(n).as(t.id() + " EPCI count").isLessThanOrEqualTo(1);
            if (n == 0 && !t.parents().get(0).territory().startsWith("collectivite-outre-mer:")) {
                withoutEpci.add(t.id());
            }
        }
        assertThat(withoutEpci).containsExactlyInAnyOrderElementsOf(ISLANDS_WITHOUT_EPCI);
    }

    @Test
    void import2026_corsicaHasDepartements2Aand2BInRegion94() {
        assertThat(ids(t("departement:2A").parents())).containsExactly("region:94");
        assertThat(ids(t("departement:2B").parents())).containsExactly("region:94");
        assertThat(t("departement:2A").identifiers()).containsExactly(Identifier.of(IdentifierScheme.INSEE_DEPARTEMENT, "2A"));
        Territory ajaccio = t("commune:2A004");
        assertThat(ids(ajaccio.parents())).containsExactly("departement:2A", "region:94");
        assertThat(ajaccio.replaces()).containsExactly(new Lineage("20004", null, null, null));
        assertThat(t("region:94").population()).containsExactly(new Population(355_486, 2022, PopulationKind.MUNICIPALE));
    }

    @Test
    void import2026_sharedCodesGiveDistinctIds() {
        Territory commune = t("commune:01015");
        Territory deleguee = t("commune-deleguee:01015");
        assertThat(commune.name()).isEqualTo("Arboys en Bugey");
        assertThat(deleguee.name()).isEqualTo("Arbignieu");
        assertThat(ids(deleguee.parents())).containsExactly("commune:01015", "departement:01", "region:84");
        long shared = cog2026.dataset().territories().stream()
                .filter(t -> t.kind() == TerritoryKind.COMMUNE_DELEGUEE && byId2026.containsKey("commune:" + t.code()))
                .count();
        assertThat(shared).isEqualTo(584);
    }

    @Test
    void import2026_lineageNamesTheDelegueeTheOldCommuneLivesOnAs() {
        Territory caychax = t("commune:09088");
        assertThat(caychax.name()).isEqualTo("Caychax-et-Senconac");
        assertThat(caychax.identifiers()).containsExactly(Identifier.of(IdentifierScheme.INSEE_COMMUNE, "09088"),
                Identifier.of(IdentifierScheme.SIREN, "932741499"));
        assertThat(caychax.replaces()).containsExactly(new Lineage("09287", "commune-deleguee:09287", null, null));
        assertThat(ids(t("commune-deleguee:09287").parents())).containsExactly("commune:09088", "departement:09", "region:76");
    }

    @Test
    void import2026_associeeTakesTheDepartementOfItsChefLieuNotOfItsCode() {
        assertThat(ids(t("commune-associee:02285").parents())).containsExactly("commune:59545", "departement:59", "region:32");
    }

    @Test
    void import2026_arrondissementsMunicipauxBelongToTheirCommune() {
        Territory paris1 = t("arrondissement-municipal:75101");
        assertThat(ids(paris1.parents())).containsExactly("commune:75056", "departement:75", "region:11");
        long arrondissements = cog2026.dataset().territories().stream()
                .filter(t -> t.kind() == TerritoryKind.ARRONDISSEMENT_MUNICIPAL && t.code().startsWith("751"))
                .mapToLong(t -> t.population().get(0).value()).sum();
        assertThat(t("commune:75056").population().get(0).value()).isEqualTo(arrondissements);
    }

    @Test
    void import2026_populationsCarryTheCensusYearOfTheVintage() {
        assertThat(t("commune:01001").population()).containsExactly(new Population(860, 2022, PopulationKind.MUNICIPALE));
        assertThat(t("commune:97611").population()).containsExactly(new Population(71_437, 2017, PopulationKind.MUNICIPALE));
        assertThat(t("departement:09").population()).containsExactly(new Population(155_722, 2022, PopulationKind.MUNICIPALE));
        assertThat(t("epci:200066363").population()).hasSize(1);
        assertThat(t("commune-deleguee:01015").population()).isEmpty();
    }

    @Test
    void import2026_eptBelongToTheMetropoleDuGrandParis() {
        List<Territory> ept = cog2026.dataset().territories().stream().filter(t -> t.kind() == TerritoryKind.EPT).toList();
        assertThat(ept).hasSize(11).allSatisfy(e -> assertThat(ids(e.parents())).containsExactly("epci:200054781"));
        assertThat(ept.stream().mapToInt(e -> e.members().size()).sum()).isEqualTo(129);
        assertThat(t("epci:200054781").name()).isEqualTo("Métropole du Grand Paris");
    }

    @Test
    void import2026_communeNamesComeFromCommunesJsonNotFromEpciMembers() {
        // 6.0.0 ships the 2025 EPCI file, with the name Cransac had before 2026.
        assertThat(t("commune:12083").name()).isEqualTo("Cransac-les-Thermes");
    }

    @Test
    void import2026_canonicalJsonReadsBackEqual(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cog-2026.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            DatasetWriter.canonical().write(cog2026.dataset(), out);
        }
        // Compare entity by entity while streaming, so that only one copy of the dataset is held.
        List<Territory> expected = cog2026.dataset().territories();
        int[] index = {0};
        ObjectNode[] envelope = new ObjectNode[1];
        StreamingReader reader = StreamingReader.standard();
        reader.scan(file, new DatasetHandler() {
            @Override
            public void entity(EntityNode node) {
                Entity e = reader.bind(node);
                assertThat(e).isEqualTo(expected.get(index[0]++));
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new AssertionError(problem.toString());
            }

            @Override
            public void envelope(ObjectNode node, SourcePosition start) {
                envelope[0] = node;
            }
        });
        assertThat(index[0]).isEqualTo(expected.size());
        assertThat(reader.bindHeader(envelope[0])).isEqualTo(cog2026.dataset().header());
        assertThat(DatasetFormat.of(file)).isEqualTo(DatasetFormat.JSON);
    }
}
