package org.maillage.validation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;
import org.maillage.validation.Finding;
import org.maillage.validation.Layer;
import org.maillage.validation.Priority;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Located;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Reference;

class IndexTest {

    private static final String FILE = "test.json";

    /** Places a finding at the entity's pointer, with its id as the message: enough to see who was reported. */
    private static final Function<IndexEntry, Located> AT = e -> (rule, fragments, params, rel) -> new Finding(rule,
            Severity.ERROR, Priority.MANDATORY, Layer.REFERENCES, params.toString(), params.toString(), e.pointer() + rel,
            e.line(), e.column(), e.id(), "", "", "", FILE, false, null);

    private static IndexEntry observation(String id, int ordinal, String indicator, String territory, LocalDate from) {
        List<Reference> refs = List.of(
                new ReferenceEntry("indicator", indicator, Set.of(EntityFamily.INDICATORS), "/indicator", null, null, from, true),
                new ReferenceEntry("territory", territory, Set.of(EntityFamily.TERRITORIES), "/territory", null, null, from, true));
        return new WholeEntry(id, EntityFamily.OBSERVATIONS, null, null, null, from, null, List.of(), refs, FILE,
                "/observations/" + ordinal, ordinal, 10L + ordinal * 12L, 5, 1000L + ordinal * 300L);
    }

    private static IndexEntry territory(String id, int ordinal) {
        return new WholeEntry(id, EntityFamily.TERRITORIES, "commune", id.substring(id.indexOf(':') + 1), "Ville " + ordinal,
                null, null, List.of(), List.of(), FILE, "/territories/" + ordinal, ordinal, 3 + ordinal, 5, 40L * ordinal);
    }

    private static List<IndexEntry> scan(Index index) {
        List<IndexEntry> out = new ArrayList<>();
        index.scan(EntityFamily.OBSERVATIONS).forEach(out::add);
        return out;
    }

    @Test
    void add_tellsApartObservationsWhoseIdsHaveTheSameHash_andStillFindsTheTrueDuplicate() {
        Index index = new Index(id -> 42L, 1 << 20);
        List<IndexEntry> added = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            IndexEntry o = observation("obs:" + i, i, "indicator:apl-mg", "commune:09001", null);
            added.add(o);
            assertThat(index.add(o, null, AT)).isEmpty();
        }
        List<Finding> dup = index.add(observation("obs:117", 200, "indicator:apl-mg", "commune:09002", null), null, AT);

        assertThat(index.compactObservations()).isEqualTo(200);
        assertThat(dup).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ref.duplicate-id");
            assertThat(f.pointer()).isEqualTo("/observations/200/id");
            assertThat(f.message()).contains("first=/observations/117");
        });
        assertThat(index.get("obs:3")).isEqualTo(added.get(3));
        assertThat(index.get("obs:199")).isEqualTo(added.get(199));
        assertThat(index.get("obs:200")).isNull();
        assertThat(scan(index)).containsExactlyElementsOf(added);
    }

    @Test
    void add_keepsObservationsInSlotsEqualToTheirEntries_evenWithTheirIdsAndPositionsInATemporaryFile() {
        Index index = new Index(ObservationStore::hash, 256);
        List<IndexEntry> expected = new ArrayList<>();
        IndexEntry commune = territory("commune:09001", 0);
        index.add(commune, null, AT);
        for (int i = 0; i < 5_000; i++) {
            LocalDate from = i % 3 == 0 ? LocalDate.of(2025, 1 + i % 12, 1) : null;
            IndexEntry o = observation("obs:apl-mg:" + i + ":2025q1", i, "indicator:apl-" + (i % 4), "commune:0900" + (i % 7), from);
            expected.add(o);
            index.add(o, null, AT);
        }
        // one that a slot cannot hold (an official identifier) stays whole, in file order
        IndexEntry whole = new WholeEntry("obs:whole", EntityFamily.OBSERVATIONS, null, null, null, null, null,
                List.of(new Identifier(org.maillage.core.id.IdentifierScheme.SIRET, "12345678900017")),
                expected.get(0).references(), FILE, "/observations/5000", 5000, 9, 5, 99);
        expected.add(whole);
        index.add(whole, null, AT);

        assertThat(index.spilled()).isTrue();
        assertThat(index.compactObservations()).isEqualTo(5_000);
        assertThat(scan(index)).containsExactlyElementsOf(expected);
        IndexEntry back = index.get("obs:apl-mg:4321:2025q1");
        assertThat(back).isEqualTo(expected.get(4321));
        assertThat(back.line()).isEqualTo(10L + 4321 * 12L);
        assertThat(back.byteOffset()).isEqualTo(1000L + 4321 * 300L);
        assertThat(back.pointer()).isEqualTo("/observations/4321");
        assertThat(index.label("obs:apl-mg:4321:2025q1")).isEqualTo("obs:apl-mg:4321:2025q1");
        assertThat(index.label("commune:09001")).isEqualTo(org.maillage.validation.internal.EntityLabels.of(commune.id(), commune.name(), commune.kind(), commune.code()));
    }

    @Test
    void add_tellsApartObservationsWhoseHashesDifferButFoldToTheSamePrint() {
        // a slot keeps 32 bits of the 64-bit hash: these hashes differ, and all fold to 0
        Index index = new Index(id -> (long) id.hashCode() << 32 | (id.hashCode() & 0xFFFFFFFFL), 1 << 20);
        for (int i = 0; i < 300; i++) {
            assertThat(index.add(observation("obs:" + i, i, "indicator:apl-mg", "commune:09001", null), null, AT)).isEmpty();
        }
        List<Finding> dup = index.add(observation("obs:42", 300, "indicator:apl-mg", "commune:09001", null), null, AT);

        assertThat(index.compactObservations()).isEqualTo(300);
        assertThat(dup).singleElement().satisfies(f -> assertThat(f.message()).contains("first=/observations/42"));
        assertThat(index.get("obs:299").pointer()).isEqualTo("/observations/299");
        assertThat(index.get("obs:300")).isNull();
    }

    @Test
    void entities_givesRulesTheSameObjectForObservationsWithAModel_andViewsOfTheSameSlotForTheOthers() {
        Index index = new Index(ObservationStore::hash, 1 << 20);
        for (int i = 0; i < 90; i++) {
            LocalDate from = LocalDate.of(2020 + i % 5, 1, 1);
            org.maillage.core.model.Observation model = i % 3 == 0 ? new org.maillage.core.model.Observation("obs:" + i,
                    "indicator:apl-mg", "commune:0900" + i % 4, new org.maillage.core.model.Period(from, from.plusMonths(3)),
                    java.math.BigDecimal.ONE, null, null, List.of(), from, null) : null;
            index.add(observation("obs:" + i, i, "indicator:apl-mg", "commune:0900" + i % 4, from), model, AT);
        }
        List<IndexedEntity> held = new ArrayList<>();
        index.entities(EntityFamily.OBSERVATIONS).forEach(held::add);
        System.gc();

        assertThat(index.compactObservations()).isEqualTo(90);
        for (int i = 0; i < held.size(); i++) {
            IndexedEntity e = held.get(i);
            if (i % 3 == 0) {
                assertThat(index.get(e.id())).isSameAs(e);
            } else {
                assertThat(((CompactObservation) index.get(e.id())).sameSlot((IndexEntry) e)).isTrue();
            }
            assertThat(index.entity(e.id())).contains(e);
            assertThat(index.model(e, org.maillage.core.model.Observation.class).isPresent()).isEqualTo(i % 3 == 0);
            assertThat(e.references().get(1).target()).isEqualTo("commune:0900" + i % 4);
            assertThat(e.references().get(1).date()).isEqualTo(LocalDate.of(2020 + i % 5, 1, 1));
        }
        // a rule that reads the observations twice gets the same objects for those with a model
        List<IndexedEntity> again = new ArrayList<>();
        index.entities(EntityFamily.OBSERVATIONS).forEach(again::add);
        for (int i = 0; i < held.size(); i += 3) {
            assertThat(again.get(i)).isSameAs(held.get(i));
        }
        // and for one without, a view of the same slot, which the engine takes for the index's own
        assertThat(again.get(1)).isNotSameAs(held.get(1)).isEqualTo(held.get(1));
        assertThat(((CompactObservation) again.get(1)).sameSlot((IndexEntry) held.get(1))).isTrue();
        assertThat(((CompactObservation) again.get(1)).sameSlot((IndexEntry) held.get(2))).isFalse();
    }

    @Test
    void add_keepsWholeTheObservationsWhoseIndicatorAndPeriodEndAreBeyondTheSlotNumbers() {
        Index index = new Index(ObservationStore::hash, 1 << 20);
        List<IndexEntry> expected = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            IndexEntry o = observation("obs:" + i, i, "indicator:apl-mg", "commune:09001", null);
            IndexEntry ending = new WholeEntry(o.id(), o.family(), null, null, null, null, LocalDate.of(2000, 1, 1).plusDays(i),
                    List.of(), o.references(), FILE, o.pointer(), i, o.line(), o.column(), o.byteOffset());
            expected.add(ending);
            index.add(ending, null, AT);
        }

        assertThat(index.compactObservations()).isEqualTo(1024);
        assertThat(scan(index)).containsExactlyElementsOf(expected);
        assertThat(index.get("obs:1099")).isEqualTo(expected.get(1099));
    }

    @Test
    void entities_givesRulesAViewOfTheSlotTheIndexFindsById() {
        Index index = new Index(ObservationStore::hash, 1 << 20);
        for (int i = 0; i < 100; i++) {
            index.add(observation("obs:" + i, i, "indicator:apl-mg", "commune:09001", null), null, AT);
        }
        List<IndexedEntity> held = new ArrayList<>();
        index.entities(EntityFamily.OBSERVATIONS).forEach(held::add);
        System.gc();

        for (IndexedEntity e : held) {
            assertThat(((CompactObservation) index.get(e.id())).sameSlot((IndexEntry) e)).isTrue();
            assertThat(index.entity(e.id())).contains(e);
        }
        assertThat(index.model(held.get(0), org.maillage.core.model.Observation.class)).isEmpty();
    }

    @Test
    void model_givesBackTheTypedObservationKeptForARule_equalToTheOneRead() {
        Index index = new Index(ObservationStore::hash, 1 << 20);
        org.maillage.core.model.Observation kept = new org.maillage.core.model.Observation("obs:1", "indicator:apl-mg",
                "commune:09001", new org.maillage.core.model.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)),
                new java.math.BigDecimal("1.5"), null, null, List.of(), null, null);
        index.add(observation("obs:0", 0, "indicator:apl-mg", "commune:09001", null), null, AT);
        index.add(observation("obs:1", 1, "indicator:apl-mg", "commune:09001", null), kept, AT);

        List<IndexedEntity> all = new ArrayList<>();
        index.entities(EntityFamily.OBSERVATIONS).forEach(all::add);

        assertThat(index.compactObservations()).isEqualTo(2);
        assertThat(index.model(all.get(0), org.maillage.core.model.Observation.class)).isEmpty();
        assertThat(index.model(all.get(1), org.maillage.core.model.Observation.class)).contains(kept);
        assertThat(new Index().model(all.get(1), org.maillage.core.model.Observation.class)).isEmpty();
    }

    @Test
    void named_labelsAnObservationIdByItself_andLeavesOtherValuesAlone() {
        Index index = new Index(ObservationStore::hash, 1 << 20);
        index.add(territory("commune:09001", 0), null, AT);
        index.add(observation("obs:1", 0, "indicator:apl-mg", "commune:09001", null), null, AT);

        assertThat(index.named(Map.of("target", "obs:1", "other", "commune:09001", "free", "no such id")))
                .containsEntry("target", "obs:1").containsEntry("other", "Ville 0 (09001)")
                .containsEntry("free", "no such id");
    }
}
