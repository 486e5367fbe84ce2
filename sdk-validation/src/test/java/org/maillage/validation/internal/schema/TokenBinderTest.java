package org.maillage.validation.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.core.InvalidDataException;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.Seeds;
import org.maillage.json.MaillageJson;
import org.maillage.json.SourcePosition;
import org.maillage.json.internal.EntityNode;
import org.maillage.json.internal.StreamingReader;
import org.maillage.json.internal.TokenBinder;
import org.maillage.json.internal.ValueShape;
import org.maillage.validation.RepoFiles;
import org.maillage.validation.Validator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The token binder against the full path it stands in for: whatever it binds with a family's
 * schema shape, the schema fast path and networknt accept and Jackson databind binds to an equal
 * record; whatever it binds without a shape, databind binds to an equal record. And it binds every
 * valid entity of real-looking files, or it saves nothing.
 */
class TokenBinderTest {

    private static final SchemaLayer SCHEMAS = new SchemaLayer(Validator.SCHEMA_BASE, Validator.SCHEMA_DIR,
            TokenBinderTest.class.getClassLoader());
    private static final JsonMapper MAPPER = MaillageJson.mapper();
    private static final StreamingReader READER = StreamingReader.standard();

    @Test
    void everyBundledFamilySchema_compilesToAShape() {
        for (EntityFamily f : EntityFamily.values()) {
            assertThat(SCHEMAS.shape(f)).as("%s has a shape", f).isNotNull();
        }
    }

    @Test
    void everyValidEntityOfAGeneratedDatasetAndTheSamples_isBoundFromTheTokens_equalToDatabind() throws Exception {
        List<EntityNode> all = new ArrayList<>();
        Path file = Files.createTempFile("maillage-binder", ".json");
        try {
            org.maillage.json.generate.DatasetGenerator.of(org.maillage.json.generate.DatasetSize.DEPARTEMENT, 5).write(file);
            READER.scan(file, all::add);
        } finally {
            Files.deleteIfExists(file);
        }
        Path data = RepoFiles.root().resolve("examples/data");
        READER.scan(data.resolve("ariege.json"), all::add);
        READER.scan(data.resolve("corse-du-sud.json"), all::add);
        Set<EntityFamily> seen = EnumSet.noneOf(EntityFamily.class);
        for (EntityNode n : all) {
            byte[] bytes = MAPPER.writeValueAsBytes(n.json());
            Entity expected = READER.bind(n);
            assertThat(bind(binder(n.family(), true), bytes)).as("%s bound with its schema's shape", n.pointer()).isEqualTo(expected);
            assertThat(bind(binder(n.family(), false), bytes)).as("%s bound without a shape", n.pointer()).isEqualTo(expected);
            seen.add(n.family());
        }
        assertThat(seen).as("every family is exercised").containsExactlyInAnyOrder(EntityFamily.values());
    }

    @Test
    void onMutatedEntities_whatTheBinderBindsTheFullPathAcceptsAndBindsEqually() {
        int[] outcomes = new int[2];
        Seeds.check(3000, c -> {
            outcomes[0] += agrees(SchemaFastPathTest.mutated(c), true) ? 1 : 0;
            outcomes[1] += agrees(SchemaFastPathTest.mutated(c), false) ? 1 : 0;
        });
        assertThat(outcomes[0]).as("mutations bound with the schema's shape").isGreaterThan(60);
        assertThat(outcomes[1]).as("mutations bound without a shape").isGreaterThan(100);
    }

    @FuzzTest
    void onFuzzedMutations_whatTheBinderBindsTheFullPathAcceptsAndBindsEqually(FuzzedDataProvider data) {
        Choices c = Choices.fuzzed(data);
        agrees(SchemaFastPathTest.mutated(c), c.percent(50));
    }

    /**
     * @return true when the binder bound the entity (and the full path agreed), false when it gave up
     */
    private static boolean agrees(EntityNode mutated, boolean withShape) {
        byte[] bytes = MAPPER.writeValueAsBytes(mutated.json());
        // the full path reads the same bytes: numbers as the reader reads them
        EntityNode n = new EntityNode(mutated.family(), 0, "/x/0", (ObjectNode) MAPPER.readTree(bytes), SourcePosition.UNKNOWN);
        Entity bound = bind(binder(n.family(), withShape), bytes);
        if (bound == null) {
            return false;
        }
        if (withShape) {
            assertThat(SCHEMAS.passesFastPath(n.family(), n.json())).as("the fast path passes %s", n.json()).isTrue();
            assertThat(SCHEMAS.networkntErrors(n.family(), n.json())).as("networknt accepts %s", n.json()).isEmpty();
        }
        Entity full;
        try {
            full = READER.bind(n);
        } catch (InvalidDataException e) {
            throw new AssertionError("the token binder bound " + n.json() + ", databind refuses it: " + e.getMessage(), e);
        }
        assertThat(bound).as("bound from %s", n.json()).isEqualTo(full);
        return true;
    }

    private static TokenBinder binder(EntityFamily f, boolean withShape) {
        return TokenBinder.of(f.javaType(), withShape ? SCHEMAS.shape(f) : ValueShape.ANY);
    }

    /** @return the record, or null when the binder gave up */
    private static Entity bind(TokenBinder binder, byte[] json) {
        try (JsonParser p = MAPPER.createParser(json)) {
            p.nextToken();
            return binder.bind(p);
        } catch (TokenBinder.Unsure unsure) {
            return null;
        }
    }
}
