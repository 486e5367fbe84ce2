package org.maillage.json.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.model.Dataset;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.RandomDatasets;
import org.maillage.core.testkit.Seeds;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

/**
 * Both renderings of a diff (the JSON changeset and the RFC 6902 patch) turn a into b: over fixed
 * seeds in every build, and under Jazzer (one fuzz target draws one of the properties).
 */
class DiffRoundTripPropertiesTest {

    @Test
    void jsonPatch_ofDiff_turnsTheCanonicalFormOfAIntoB() {
        Seeds.check(600, DiffRoundTripPropertiesTest::jsonPatchTurnsAIntoB);
    }

    @Test
    void changesetJson_readBack_appliesToAAndGivesB() {
        Seeds.check(400, DiffRoundTripPropertiesTest::changesetJsonAppliesToA);
    }

    @Test
    void jsonPatch_ofUnrelatedDatasets_givesTheSameDatasetAsTheChangeset() {
        Seeds.check(300, DiffRoundTripPropertiesTest::jsonPatchAgreesWithChangeset);
    }

    @Test
    void bothForms_agree_forEveryFamily() {
        Seeds.check(200, DiffRoundTripPropertiesTest::bothFormsAgree);
    }

    /** Every property above, the fuzz input choosing which and drawing its datasets. */
    @FuzzTest
    void renderedDiffs_applyForFuzzedDatasets(FuzzedDataProvider data) {
        Choices c = Choices.fuzzed(data);
        List<Consumer<Choices>> properties = List.of(DiffRoundTripPropertiesTest::jsonPatchTurnsAIntoB,
                DiffRoundTripPropertiesTest::changesetJsonAppliesToA, DiffRoundTripPropertiesTest::jsonPatchAgreesWithChangeset,
                DiffRoundTripPropertiesTest::bothFormsAgree);
        c.pick(properties).accept(c);
    }

    static JsonNode canonical(Dataset d) {
        return MaillageJson.mapper().readTree(DatasetWriter.canonical().writeString(d));
    }

    static void jsonPatchTurnsAIntoB(Choices r) {
        Dataset a = RandomDatasets.dataset(r, 10);
        Dataset b = RandomDatasets.edit(r, a);
        Changeset cs = Differ.standard().diff(a, b);

        JsonNode patched = JsonPatches.apply(JsonPatches.render(cs), canonical(a));

        assertThat(JsonPatches.same(patched, canonical(b))).as("patched tree equals canonical b").isTrue();
        assertThat(DatasetReader.standard().readString(patched.toString())).isEqualTo(b);
    }

    static void changesetJsonAppliesToA(Choices r) {
        Dataset a = RandomDatasets.dataset(r, 10);
        Dataset b = RandomDatasets.edit(r, a);
        Changeset cs = Differ.standard().diff(a, b);

        String json = ChangesetJson.toJsonString(cs);
        Changeset back = ChangesetJson.fromJson(MaillageJson.mapper().readTree(json));

        assertThat(back).isEqualTo(cs);
        assertThat(back.applyTo(a)).isEqualTo(b);
    }

    static void jsonPatchAgreesWithChangeset(Choices r) {
        Dataset a = RandomDatasets.dataset(r, 8, true);
        Dataset b = RandomDatasets.dataset(r, 8, true);
        Changeset cs = Differ.standard().diff(a, b);

        JsonNode patched = JsonPatches.apply(JsonPatches.render(cs), canonical(a));

        assertThat(DatasetReader.standard().readString(patched.toString())).isEqualTo(cs.applyTo(a));
    }

    static void bothFormsAgree(Choices r) {
        Dataset[] pair = RandomDatasets.familyPair(r);
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
