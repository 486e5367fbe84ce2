package org.maillage.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillage.core.model.Dataset;
import org.maillage.core.testing.RandomDatasets;
import org.maillage.core.testkit.ModelArbitraries;

/** The round trip over every family of the model, with the model's own generators. */
class AllFamiliesDiffPropertiesTest {

    /**
     * Pairs (a, b) where b keeps some of a's entities, drops others, adds new ones, and gives
     * some of a's ids the content of another generated entity of the same family: every record
     * type of the model is compared field by field.
     */
    @Provide
    static Arbitrary<Dataset[]> pairs() {
        return RandomDatasets.familyPairs();
    }

    @Property(tries = 200)
    void apply_ofDiff_givesTheSecondDataset_forEveryFamily(@ForAll("pairs") Dataset[] pair) {
        Dataset a = pair[0];
        Dataset b = pair[1];
        Dataset applied = Differ.standard().diff(a, b).applyTo(a);
        assertThat(DiffPropertiesTest.normalized(applied)).isEqualTo(DiffPropertiesTest.normalized(b));
        assertThat(Differ.standard().diff(applied, b).isEmpty()).isTrue();
    }

    @Property(tries = 100)
    void diff_ofADatasetWithItself_isEmpty_forEveryFamily(@ForAll("datasets") Dataset a) {
        assertThat(Differ.standard().diff(a, a).isEmpty()).isTrue();
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return ModelArbitraries.datasets();
    }
}
