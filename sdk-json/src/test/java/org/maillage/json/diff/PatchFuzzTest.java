package org.maillage.json.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.InvalidDataException;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.diff.PatchConflictException;
import org.maillage.core.model.Dataset;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.ModelGenerator;
import org.maillage.core.testkit.RandomDatasets;
import org.maillage.core.testkit.SeedCorpus.Seed;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.json.MaillageJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Any patch, as {@code maillage patch} reads it (a JSON changeset or an RFC 6902 JSON Patch), applied
 * to one of a few base datasets: it applies, or fails with a {@link PatchConflictException} or an
 * {@link InvalidDataException} saying where; never another exception. A changeset that applies
 * gives a dataset that can be compared with the base and survives the canonical writer.
 *
 * <p>Input: the first byte chooses the base, the rest is the patch.
 */
class PatchFuzzTest {

    private static final List<Dataset> BASES = bases();

    private static List<Dataset> bases() {
        List<Dataset> out = new ArrayList<>();
        for (long seed = 0; seed < 4; seed++) {
            out.add(RandomDatasets.dataset(Choices.seeded(seed), 6));
            out.add(ModelGenerator.seeded(seed).dataset());
        }
        return List.copyOf(out);
    }

    /** For every base, the patches and changesets that turn it into edited and unrelated datasets. */
    static List<Seed> seedCorpus() {
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < BASES.size(); i++) {
            Dataset a = BASES.get(i);
            for (long seed = 0; seed < 3; seed++) {
                Choices c = Choices.seeded(100 * i + seed);
                Dataset b = i % 2 == 0 ? RandomDatasets.edit(c, a) : RandomDatasets.mix(a, new ModelGenerator(c).dataset(), c);
                Changeset cs = Differ.standard().diff(a, b);
                seeds.add(seed(i, "patch-" + seed, JsonPatches.render(cs).toString()));
                seeds.add(seed(i, "changeset-" + seed, ChangesetJson.toJsonString(cs)));
            }
        }
        return seeds;
    }

    private static Seed seed(int base, String name, String patch) {
        byte[] bytes = patch.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[bytes.length + 1];
        input[0] = (byte) base;
        System.arraycopy(bytes, 0, input, 1, bytes.length);
        return new Seed("base" + base + "-" + name, input);
    }

    @Test
    void everySeed_applies() {
        for (Seed s : seedCorpus()) {
            try {
                assertThat(apply(s.bytes())).as("applies").isTrue();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + s.name() + ": " + e, e);
            }
        }
    }

    @FuzzTest
    void patch_appliesOrFailsWithItsPlace(byte[] input) {
        apply(input);
    }

    /** @return whether the patch applied */
    static boolean apply(byte[] input) {
        Dataset base = BASES.get(input.length == 0 ? 0 : Math.floorMod(input[0], BASES.size()));
        byte[] patchBytes = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        JsonNode patch;
        try {
            patch = MaillageJson.mapper().readTree(patchBytes);
        } catch (JacksonException e) {
            return false; // not JSON: the command says so before applying anything
        }
        if (patch != null && patch.isArray()) {
            return applyJsonPatch(base, patch);
        }
        if (patch != null && patch.isObject() && patch.has("changes")) {
            return applyChangeset(base, patch);
        }
        return false;
    }

    private static boolean applyJsonPatch(Dataset base, JsonNode patch) {
        JsonNode doc = MaillageJson.mapper().readTree(DatasetWriter.canonical().writeString(base));
        JsonNode patched;
        try {
            patched = JsonPatches.apply(patch, doc);
        } catch (PatchConflictException e) {
            assertThat(e.getMessage()).isNotBlank();
            return false;
        }
        try {
            DatasetReader.standard().readString(patched.toString());
        } catch (InvalidDataException e) {
            assertThat(e.getMessage()).isNotBlank();
            return false;
        }
        return true;
    }

    private static boolean applyChangeset(Dataset base, JsonNode json) {
        Dataset result;
        try {
            result = ChangesetJson.fromJson(json).applyTo(base);
        } catch (InvalidDataException | PatchConflictException e) {
            assertThat(e.getMessage()).isNotBlank();
            return false;
        }
        Differ.standard().diff(base, result);
        assertThat(DatasetReader.standard().readString(DatasetWriter.canonical().writeString(result)))
                .as("what it made survives the canonical writer").isEqualTo(result);
        return true;
    }
}
