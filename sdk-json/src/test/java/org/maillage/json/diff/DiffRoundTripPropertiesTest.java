package org.maillage.json.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.testing.RandomDatasets;
import org.maillage.core.model.Dataset;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

class DiffRoundTripPropertiesTest {

    @Provide
    Arbitrary<Random> seeds() {
        return Arbitraries.longs().map(Random::new);
    }

    static JsonNode canonical(Dataset d) {
        return MaillageJson.mapper().readTree(DatasetWriter.canonical().writeString(d));
    }

    @Property(tries = 600)
    void jsonPatch_ofDiff_turnsTheCanonicalFormOfAIntoB(@ForAll("seeds") Random r) {
        Dataset a = RandomDatasets.dataset(r, 10);
        Dataset b = RandomDatasets.edit(r, a);
        Changeset cs = Differ.standard().diff(a, b);

        JsonNode patched = JsonPatches.apply(JsonPatches.render(cs), canonical(a));

        assertThat(JsonPatches.same(patched, canonical(b))).as("patched tree equals canonical b").isTrue();
        assertThat(DatasetReader.standard().readString(patched.toString())).isEqualTo(b);
    }

    @Property(tries = 400)
    void changesetJson_readBack_appliesToAAndGivesB(@ForAll("seeds") Random r) {
        Dataset a = RandomDatasets.dataset(r, 10);
        Dataset b = RandomDatasets.edit(r, a);
        Changeset cs = Differ.standard().diff(a, b);

        String json = ChangesetJson.toJsonString(cs);
        Changeset back = ChangesetJson.fromJson(MaillageJson.mapper().readTree(json));

        assertThat(back).isEqualTo(cs);
        assertThat(back.applyTo(a)).isEqualTo(b);
    }

    @Property(tries = 300)
    void jsonPatch_ofUnrelatedDatasets_givesTheSameDatasetAsTheChangeset(@ForAll("seeds") Random r) {
        Dataset a = RandomDatasets.dataset(r, 8, true);
        Dataset b = RandomDatasets.dataset(r, 8, true);
        Changeset cs = Differ.standard().diff(a, b);

        JsonNode patched = JsonPatches.apply(JsonPatches.render(cs), canonical(a));

        assertThat(DatasetReader.standard().readString(patched.toString())).isEqualTo(cs.applyTo(a));
    }

    @Provide
    Arbitrary<Dataset[]> familyPairs() {
        return RandomDatasets.familyPairs();
    }

    @Property(tries = 200)
    void bothForms_agree_forEveryFamily(@ForAll("familyPairs") Dataset[] pair) {
        Dataset a = pair[0];
        Dataset b = pair[1];
        Changeset cs = Differ.standard().diff(a, b);
        Dataset expected = cs.applyTo(a);

        JsonNode patched = JsonPatches.apply(JsonPatches.render(cs), canonical(a));
        Changeset back = ChangesetJson.fromJson(MaillageJson.mapper().readTree(ChangesetJson.toJsonString(cs)));

        assertThat(DatasetReader.standard().readString(patched.toString())).isEqualTo(expected);
        assertThat(back.applyTo(a)).isEqualTo(expected);
        assertThat(Differ.standard().diff(expected, b).isEmpty()).isTrue();
    }
}
