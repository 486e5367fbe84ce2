package org.maillage.json.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.Finess;
import org.maillage.core.id.Siren;
import org.maillage.core.internal.TerritoryCodes;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Entity;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;

class DatasetGeneratorTest {

    private static byte[] bytes(DatasetGenerator generator, DatasetFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.write(out, format);
        return out.toByteArray();
    }

    private static List<Entity> entities(DatasetGenerator generator) {
        List<Entity> all = new ArrayList<>();
        generator.generate(all::add);
        return all;
    }

    @Test
    void generate_sameSeedGivesSameBytes_otherSeedOtherBytes() {
        byte[] a = bytes(DatasetGenerator.of(DatasetSize.DEPARTEMENT, 7), DatasetFormat.JSON);
        byte[] b = bytes(DatasetGenerator.of(DatasetSize.DEPARTEMENT, 7), DatasetFormat.JSON);
        byte[] c = bytes(DatasetGenerator.of(DatasetSize.DEPARTEMENT, 8), DatasetFormat.JSON);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(bytes(DatasetGenerator.of(DatasetSize.DEPARTEMENT, 7).withChanges(5), DatasetFormat.NDJSON))
                .isEqualTo(bytes(DatasetGenerator.of(DatasetSize.DEPARTEMENT, 7).withChanges(5), DatasetFormat.NDJSON));
    }

    @Test
    void generate_departementHasTheCountsOfAriege() {
        GenerationSummary s = DatasetGenerator.of(DatasetSize.DEPARTEMENT, 1).generate(e -> { });
        assertThat(s.count("regions")).isEqualTo(1);
        assertThat(s.count("departements")).isEqualTo(1);
        assertThat(s.count("communes")).isEqualTo(325);
        assertThat(s.count("epci")).isBetween(8L, 14L);
        assertThat(s.count("tvs")).isBetween(20L, 30L);
        assertThat(s.count("ars")).isEqualTo(1);
        assertThat(s.count("ght")).isEqualTo(1);
        assertThat(s.count("hospitals")).isEqualTo(5);
        assertThat(s.count("cls")).isBetween(8L, 11L);
        assertThat(s.count("cpts")).isBetween(6L, 9L);
        assertThat(s.count("facilities")).isBetween(100L, 125L);
        assertThat(s.count("indicators")).isEqualTo(8);
        // Seven indicators per commune and two per TVS, each quarter of one year.
        assertThat(s.count("observations")).isEqualTo(4 * (325 * 7 + 2 * s.count("tvs")));
        assertThat(s.count("zonings")).isEqualTo(6);
        assertThat(s.count("prs")).isEqualTo(1);
        assertThat(s.count("chu")).isEqualTo(1);
    }

    @Test
    void generate_franceHasNationalCounts() {
        GenerationSummary s = DatasetGenerator.of(DatasetSize.FRANCE, 1).generate(e -> { });
        assertThat(s.count("regions")).isEqualTo(18);
        assertThat(s.count("departements")).isEqualTo(101);
        assertThat(s.count("communes")).isEqualTo(34_875);
        assertThat(s.count("epci")).isEqualTo(1_250);
        assertThat(s.count("tvs")).isEqualTo(2_800);
        assertThat(s.count("ars")).isEqualTo(18);
        assertThat(s.count("ars-delegations")).isEqualTo(101);
        assertThat(s.count("ght")).isEqualTo(136);
        // At most one CLS and one CPTS per EPCI: départements with few EPCI get fewer than their share.
        assertThat(s.count("cpts")).isBetween(780L, 800L);
        assertThat(s.count("cls")).isBetween(980L, 1_000L);
        assertThat(s.count("facilities")).isEqualTo(12_000);
        assertThat(s.count("observations")).isEqualTo(4L * (34_875 * 7 + 2 * 2_800)).isBetween(990_000L, 1_010_000L);
        assertThat(s.count("zonings")).isEqualTo(18 * 6);
        assertThat(s.count("prs")).isEqualTo(18);
        assertThat(s.count("chu")).isEqualTo(18);
    }

    @Test
    void generate_france10yHasTenYearsOfObservations() {
        long[] observations = new long[1];
        GenerationSummary s = DatasetGenerator.of(DatasetSize.FRANCE_10Y, 1).generate(e -> {
            if (e instanceof org.maillage.core.model.Observation) {
                observations[0]++;
            }
        });
        assertThat(s.count("observations")).isEqualTo(observations[0]).isEqualTo(40L * (34_875 * 7 + 2 * 2_800));
    }

    @Test
    void generate_franceEpciLegalTypesInRealisticProportions() {
        Map<EpciLegalType, Integer> types = new EnumMap<>(EpciLegalType.class);
        DatasetGenerator.of(DatasetSize.FRANCE, 3).generate(e -> {
            if (e instanceof Territory t && t.kind() == TerritoryKind.EPCI) {
                types.merge(t.legalType(), 1, Integer::sum);
            }
        });
        assertThat(types.get(EpciLegalType.MET69)).isEqualTo(1);
        assertThat(types.get(EpciLegalType.CC)).isBetween(850, 1_100);
        assertThat(types.get(EpciLegalType.CA)).isBetween(150, 320);
        assertThat(types.get(EpciLegalType.CU)).isBetween(5, 40);
        assertThat(types.get(EpciLegalType.METRO)).isBetween(10, 40);
    }

    @Test
    void generate_regionIsValidIdentifiersReferencesAndPartitions() {
        assertConsistent(entities(DatasetGenerator.of(DatasetSize.REGION, 11)));
    }

    @Test
    void generate_changedSnapshotStaysConsistent() {
        assertConsistent(entities(DatasetGenerator.of(DatasetSize.REGION, 11).withChanges(10)));
    }

    @Test
    void generate_franceCodesHaveTheirDepartementPrefixIncludingCorsicaAndOverseas() {
        Set<String> prefixes = new HashSet<>();
        DatasetGenerator.of(DatasetSize.FRANCE, 5).generate(e -> {
            if (e instanceof Territory t && t.kind() == TerritoryKind.COMMUNE) {
                String dep = t.parents().get(0).territory().substring("departement:".length());
                assertThat(t.code()).startsWith(dep).hasSize(5);
                assertThat(TerritoryCodes.problem(t.kind(), t.code())).isNull();
                prefixes.add(dep);
            }
        });
        assertThat(prefixes).hasSize(101).contains("2A", "2B", "971", "976", "01", "95");
    }

    @Test
    void withChanges_changesAboutTheShareAskedAndLeavesTheRestIdentical() {
        List<Entity> base = entities(DatasetGenerator.of(DatasetSize.REGION, 2));
        GenerationSummary s = DatasetGenerator.of(DatasetSize.REGION, 2).withChanges(10).generate(e -> { });
        List<Entity> changed = entities(DatasetGenerator.of(DatasetSize.REGION, 2).withChanges(10));
        Map<String, Entity> before = new HashMap<>();
        base.forEach(e -> before.put(e.id(), e));
        long differing = changed.stream().filter(e -> !e.equals(before.get(e.id()))).count();
        assertThat(differing).isEqualTo(s.modified() + s.added());
        long changes = s.modified() + s.added() + s.removed();
        assertThat((double) changes / base.size()).isBetween(0.07, 0.13);
        assertThat(changed.size()).isEqualTo(base.size() + s.added() - s.removed());
    }

    @Test
    void write_readsBackAsTheSameEntities() {
        DatasetGenerator g = DatasetGenerator.of(DatasetSize.DEPARTEMENT, 4);
        Dataset read = DatasetReader.standard().read(new ByteArrayInputStream(bytes(g, DatasetFormat.JSON)),
                DatasetFormat.JSON);
        List<Entity> generated = entities(g);
        assertThat(read.allEntities()).hasSameSizeAs(generated);
        for (int i = 0; i < generated.size(); i++) {
            assertThat(read.allEntities().get(i)).isEqualTo(generated.get(i));
        }
        assertThat(read.header()).isEqualTo(g.header());
        // Only record components are members: no "wellOrdered" from Dated's default method.
        assertThat(new String(bytes(g, DatasetFormat.NDJSON), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("wellOrdered");
    }

    @Test
    void size_unknownNameIsRefusedWithTheKnownNames() {
        assertThat(DatasetSize.of("France-10Y")).isEqualTo(DatasetSize.FRANCE_10Y);
        assertThatThrownBy(() -> DatasetSize.of("europe"))
                .hasMessageContaining("europe").hasMessageContaining("departement, region, france, france-10y");
        assertThatThrownBy(() -> DatasetGenerator.of(DatasetSize.REGION, 1).withChanges(101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keys_generatedNumbersPassTheirCheckRules() {
        assertThat(Siren.isValid(Keys.luhn("21090880"))).isTrue();
        assertThat(Keys.luhn("21090880")).hasSize(9).startsWith("21090880");
        for (String prefix : List.of("01", "2A", "2B", "97", "75")) {
            assertThat(Finess.isValid(Keys.finess(prefix, "001234"))).as(prefix).isTrue();
        }
    }

    private static final Set<String> REFERENCE_COMPONENTS = Set.of("territory", "parent", "organization", "commune",
            "indicator", "issuer", "funder", "predecessor", "steeringCommittee", "producer");

    /** Lists of ids, named after the family they refer to. */
    private static final Set<String> REFERENCE_LISTS = Set.of("plans", "contracts", "indicators");

    /** Every reference component (by name, in every nested record) names an entity of the dataset. */
    private static void assertReferencesResolve(Object value, Map<String, Entity> byId, String where) {
        if (value instanceof List<?> list) {
            list.forEach(v -> assertReferencesResolve(v, byId, where));
        } else if (value instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException ex) {
                    throw new AssertionError(ex);
                }
                if (v instanceof String s && REFERENCE_COMPONENTS.contains(c.getName())) {
                    assertThat(byId).as("%s.%s in %s", r.getClass().getSimpleName(), c.getName(), where).containsKey(s);
                } else if (v instanceof List<?> ids && REFERENCE_LISTS.contains(c.getName())) {
                    for (Object id : ids) {
                        assertThat(byId).as("%s.%s in %s", r.getClass().getSimpleName(), c.getName(), where).containsKey((String) id);
                    }
                } else {
                    assertReferencesResolve(v, byId, where);
                }
            }
        }
    }

    /** Unique ids, identifiers and codes passing their check rules, resolving links, EPCI and TVS partitions. */
    static void assertConsistent(List<Entity> entities) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) {
            assertThat(e.id()).matches(Entity.ID_PATTERN);
            assertThat(byId.put(e.id(), e)).as("duplicate id %s", e.id()).isNull();
            for (Identifier i : e.identifiers()) {
                assertThat(i.problem()).as("%s of %s", i, e.id()).isNull();
            }
        }
        Set<String> sirens = new HashSet<>();
        Map<TerritoryKind, Set<String>> covered = new EnumMap<>(TerritoryKind.class);
        long communes = 0;
        for (Entity e : entities) {
            if (!(e instanceof Territory t)) {
                continue;
            }
            assertThat(TerritoryCodes.problem(t.kind(), t.code())).as(t.id()).isNull();
            t.identifiers().stream().filter(i -> i.scheme() == org.maillage.core.id.IdentifierScheme.SIREN)
                    .forEach(i -> assertThat(sirens.add(i.value())).as("duplicate SIREN %s", i.value()).isTrue());
            for (TerritoryLink l : t.parents()) {
                assertThat(byId).containsKey(l.territory());
            }
            for (TerritoryLink l : t.members()) {
                assertThat(byId).containsKey(l.territory());
                assertThat(covered.computeIfAbsent(t.kind(), k -> new HashSet<>()).add(l.territory()))
                        .as("%s is in two %s", l.territory(), t.kind()).isTrue();
            }
            if (t.kind() == TerritoryKind.COMMUNE) {
                communes++;
            }
        }
        for (Entity e : entities) {
            assertReferencesResolve(e, byId, e.id());
        }
        assertThat(covered.get(TerritoryKind.EPCI)).hasSize((int) communes);
        assertThat(covered.get(TerritoryKind.TVS)).hasSize((int) communes);
    }
}
