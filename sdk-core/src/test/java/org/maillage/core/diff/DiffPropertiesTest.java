package org.maillage.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.RandomDatasets;
import org.maillage.core.testkit.Seeds;

/**
 * {@code apply(diff(a, b), a)} gives b: over fixed seeds in every build, and under Jazzer (one fuzz
 * target draws one of the properties, including those of {@link AllFamiliesDiffPropertiesTest}).
 */
class DiffPropertiesTest {

    @Test
    void apply_ofDiff_givesTheSecondDatasetExactly_forEditedPairs() {
        Seeds.check(1000, DiffPropertiesTest::editedPairApplyExactly);
    }

    @Test
    void apply_ofDiff_givesTheSecondDatasetUpToOrder_forUnrelatedPairs() {
        Seeds.check(600, DiffPropertiesTest::unrelatedPairApplyUpToOrder);
    }

    @Test
    void diff_ofADatasetWithItself_isEmpty() {
        Seeds.check(300, DiffPropertiesTest::selfDiffIsEmpty);
    }

    @Test
    void insertingAnItemAtTheHeadOfACollection_givesExactlyOneChange() {
        Seeds.check(300, DiffPropertiesTest::headInsertionIsOneChange);
    }

    /** Every diff property, the fuzz input choosing which and drawing its datasets. */
    @FuzzTest
    void diffProperties_holdForFuzzedDatasets(FuzzedDataProvider data) {
        Choices c = Choices.fuzzed(data);
        List<Consumer<Choices>> properties = List.of(DiffPropertiesTest::editedPairApplyExactly,
                DiffPropertiesTest::unrelatedPairApplyUpToOrder, DiffPropertiesTest::selfDiffIsEmpty,
                DiffPropertiesTest::headInsertionIsOneChange, AllFamiliesDiffPropertiesTest::familyPairApplies,
                AllFamiliesDiffPropertiesTest::familySelfDiffIsEmpty);
        c.pick(properties).accept(c);
    }

    static void editedPairApplyExactly(Choices r) {
        Dataset a = RandomDatasets.dataset(r, 12);
        Dataset b = RandomDatasets.edit(r, a);
        Changeset cs = Differ.standard().diff(a, b);
        assertThat(cs.applyTo(a)).isEqualTo(b);
    }

    static void unrelatedPairApplyUpToOrder(Choices r) {
        Dataset a = RandomDatasets.dataset(r, 8, true);
        Dataset b = RandomDatasets.dataset(r, 8, true);
        Dataset applied = Differ.standard().diff(a, b).applyTo(a);
        assertThat(normalized(applied)).isEqualTo(normalized(b));
        assertThat(Differ.standard().diff(applied, b).isEmpty()).isTrue();
    }

    static void selfDiffIsEmpty(Choices r) {
        Dataset a = RandomDatasets.dataset(r, 12, true);
        assertThat(Differ.standard().diff(a, a).isEmpty()).isTrue();
        assertThat(Differ.standard().diff(a, RandomDatasets.shuffle(r, a)).isEmpty()).isTrue();
    }

    static void headInsertionIsOneChange(Choices r) {
        Territory t = RandomDatasets.territory(r, "t1");
        String fresh = "fresh" + r.between(0, 999);
        List<TerritoryLink> members = new ArrayList<>();
        members.add(TerritoryLink.to(fresh));
        members.addAll(t.members());
        Territory u = t.toBuilder().members(members).build();
        Dataset a = Dataset.of(RandomDatasets.header(r), List.of(t));
        Dataset b = Dataset.of(a.header(), List.of(u));
        Changeset cs = Differ.standard().diff(a, b);
        assertThat(cs.changes()).hasSize(1);
        assertThat(cs.changes().get(0).fields()).hasSize(1);
        FieldChange fc = cs.changes().get(0).fields().get(0);
        if (t.members().isEmpty()) {
            assertThat(fc.path()).isEqualTo("/members");
        } else {
            assertThat(fc.path()).isEqualTo("/members/0");
            assertThat(fc.newValue()).isEqualTo(TerritoryLink.to(fresh));
        }
        assertThat(cs.applyTo(a)).isEqualTo(b);
    }

    /** Entities sorted by id, every nested list sorted by its text form: equality up to order. */
    static Object normalized(Dataset d) {
        List<Object> out = new ArrayList<>();
        out.add(d.header());
        for (EntityFamily f : EntityFamily.values()) {
            List<Entity> es = new ArrayList<>(d.entities(f));
            es.sort(Comparator.comparing(Entity::id));
            for (Entity e : es) {
                out.add(normalizedValue(e));
            }
        }
        return out;
    }

    private static Object normalizedValue(Object v) {
        if (v instanceof List<?> l) {
            List<Object> items = new ArrayList<>();
            for (Object o : l) {
                items.add(normalizedValue(o));
            }
            items.sort(Comparator.comparing(String::valueOf));
            return items;
        }
        if (v != null && v.getClass().isRecord()) {
            Object r = v;
            for (int i = 0; i < Records.shape(v.getClass()).components.length; i++) {
                Object c = Records.get(v, i);
                if (c instanceof List<?>) {
                    r = Records.with(r, i, normalizedValue(c));
                }
            }
            return r;
        }
        return v;
    }
}
