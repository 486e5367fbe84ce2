package org.maillage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.javers.core.Javers;
import org.javers.core.JaversBuilder;
import org.javers.core.diff.Diff;
import org.javers.core.diff.ListCompareAlgorithm;
import org.javers.core.metamodel.clazz.EntityDefinition;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.EntityFamily;

/** The diff baselines: JaVers on the model objects, zjsonpatch on Jackson 2 JSON trees. */
final class Baselines {
    private Baselines() {}

    /** What a diff reported. */
    record DiffCount(long changes, long entities) {}

    /** JaVers with every family registered as an entity identified by its {@code id}. */
    static Javers javers() {
        JaversBuilder b = JaversBuilder.javers().withListCompareAlgorithm(ListCompareAlgorithm.SIMPLE);
        for (EntityFamily f : EntityFamily.values()) {
            b.registerEntity(new EntityDefinition(f.javaType(), "id"));
        }
        return b.build();
    }

    /**
     * JaVers's comparison of the two datasets' entities, family by family.
     *
     * @return the number of changes JaVers reports and of distinct entities they touch
     */
    static DiffCount javers(Javers javers, Dataset a, Dataset b) {
        long changes = 0;
        long entities = 0;
        for (EntityFamily f : EntityFamily.values()) {
            Diff d = compare(javers, a.entities(f), b.entities(f), f.javaType());
            changes += d.getChanges().size();
            entities += d.getChanges().stream()
                    .map(c -> c.getAffectedGlobalId().masterObjectId())
                    .filter(id -> !id.getTypeName().startsWith("java.util"))
                    .distinct().count();
        }
        return new DiffCount(changes, entities);
    }

    @SuppressWarnings("unchecked")
    private static <T> Diff compare(Javers javers, java.util.List<? extends T> a, java.util.List<? extends T> b,
            Class<? extends T> type) {
        return javers.compareCollections((java.util.List<T>) a, (java.util.List<T>) b, (Class<T>) type);
    }

    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    /** A file as a Jackson 2 tree, as zjsonpatch needs. */
    static JsonNode tree(Path file) {
        try {
            return JACKSON2.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * zjsonpatch's RFC 6902 patch between two trees.
     *
     * @return the number of operations, and of distinct top-level array items they touch
     */
    static DiffCount zjsonpatch(JsonNode a, JsonNode b) {
        JsonNode patch = JsonDiff.asJson(a, b);
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (JsonNode op : patch) {
            String[] path = op.get("path").asText().split("/");
            touched.add(path.length > 2 ? path[1] + "/" + path[2] : op.get("path").asText());
        }
        return new DiffCount(patch.size(), touched.size());
    }
}
