package org.maillage.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maillage.core.model.Dataset;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.ModelGenerator;
import org.maillage.core.testkit.RandomDatasets;
import org.maillage.core.testkit.Seeds;

/** The round trip over every family of the model, with the model's own generator. */
class AllFamiliesDiffPropertiesTest {

    /**
     * Pairs (a, b) where b keeps some of a's entities, drops others, adds new ones, and gives
     * some of a's ids the content of another generated entity of the same family: every record
     * type of the model is compared field by field.
     */
    @Test
    void apply_ofDiff_givesTheSecondDataset_forEveryFamily() {
        Seeds.check(200, AllFamiliesDiffPropertiesTest::familyPairApplies);
    }

    @Test
    void diff_ofADatasetWithItself_isEmpty_forEveryFamily() {
        Seeds.check(100, AllFamiliesDiffPropertiesTest::familySelfDiffIsEmpty);
    }

    static void familyPairApplies(Choices r) {
        Dataset[] pair = RandomDatasets.familyPair(r);
        Dataset a = pair[0];
        Dataset b = pair[1];
        Dataset applied = Differ.standard().diff(a, b).applyTo(a);
        assertThat(DiffPropertiesTest.normalized(applied)).isEqualTo(DiffPropertiesTest.normalized(b));
        assertThat(Differ.standard().diff(applied, b).isEmpty()).isTrue();
    }

    static void familySelfDiffIsEmpty(Choices r) {
        Dataset a = new ModelGenerator(r).dataset();
        assertThat(Differ.standard().diff(a, a).isEmpty()).isTrue();
    }
}
