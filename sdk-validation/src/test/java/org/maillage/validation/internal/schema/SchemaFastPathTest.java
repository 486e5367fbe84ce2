package org.maillage.validation.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.Seeds;
import org.maillage.json.DatasetFormat;
import org.maillage.json.generate.DatasetGenerator;
import org.maillage.json.generate.DatasetSize;
import org.maillage.json.internal.EntityNode;
import org.maillage.json.internal.StreamingReader;
import org.maillage.validation.RepoFiles;
import org.maillage.validation.Validator;
import org.maillage.validation.conformance.ConformanceCase;
import org.maillage.validation.conformance.ConformanceCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema layer's fast path against networknt: it may say "certainly valid" only where networknt
 * finds no error, and it must say so for the valid entities that make up real files, or it saves
 * nothing.
 */
class SchemaFastPathTest {

    private static final SchemaLayer SCHEMAS = new SchemaLayer(Validator.SCHEMA_BASE, Validator.SCHEMA_DIR,
            SchemaFastPathTest.class.getClassLoader());
    private static final List<EntityNode> GENERATED = generated();

    private static List<EntityNode> generated() {
        try {
            Path file = Files.createTempFile("maillage-fastpath", ".json");
            try {
                DatasetGenerator.of(DatasetSize.DEPARTEMENT, 11).write(file);
                return entities(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<EntityNode> entities(Path file) {
        List<EntityNode> out = new ArrayList<>();
        StreamingReader.standard().scan(file, out::add);
        return out;
    }

    @Test
    void everyBundledFamilySchema_compilesToAFastPath() {
        for (EntityFamily f : EntityFamily.values()) {
            assertThat(SchemaFastPath.whyNot(Validator.SCHEMA_BASE, Validator.SCHEMA_DIR,
                    getClass().getClassLoader(), f.type() + ".schema.json"))
                    .as("%s: what keeps its schema off the fast path", f).isEmpty();
        }
    }

    @Test
    void everyValidEntityOfTheGeneratedDatasetAndTheSamples_takesTheFastPath() {
        List<EntityNode> all = new ArrayList<>(GENERATED);
        Path data = RepoFiles.root().resolve("examples/data");
        all.addAll(entities(data.resolve("ariege.json")));
        all.addAll(entities(data.resolve("corse-du-sud.json")));
        Set<EntityFamily> seen = EnumSet.noneOf(EntityFamily.class);
        for (EntityNode n : all) {
            assertThat(SCHEMAS.networkntErrors(n.family(), n.json())).as("%s is valid", n.pointer()).isEmpty();
            assertThat(SCHEMAS.passesFastPath(n.family(), n.json())).as("%s takes the fast path", n.pointer()).isTrue();
            seen.add(n.family());
        }
        assertThat(seen).as("every family is exercised").containsExactlyInAnyOrder(EntityFamily.values());
    }

    @Test
    void onEveryEntityOfTheConformanceCorpus_theFastPathNeverPassesWhatNetworkntRejects() {
        int rejected = 0;
        for (ConformanceCase c : ConformanceCorpus.bundled().cases()) {
            List<EntityNode> nodes = new ArrayList<>();
            DatasetFormat format = c.fileName().endsWith(".json") ? DatasetFormat.JSON : DatasetFormat.NDJSON;
            try {
                StreamingReader.standard().scan(new ByteArrayInputStream(c.input()), format, nodes::add);
            } catch (RuntimeException unreadable) {
                // the read layer's cases: the entities read before the failure are kept
            }
            for (EntityNode n : nodes) {
                if (!networkntAccepts(n)) {
                    rejected++;
                    assertThat(SCHEMAS.passesFastPath(n.family(), n.json()))
                            .as("%s %s is invalid for networknt", c.id(), n.pointer()).isFalse();
                }
            }
        }
        assertThat(rejected).as("the corpus has schema-invalid entities").isGreaterThan(10);
    }

    @Test
    void onMutatedEntities_certainlyValidImpliesNetworkntFindsNoError() {
        int[] outcomes = new int[3];
        Seeds.check(3000, c -> outcomes[fastPathAgreesWithNetworknt(mutated(c))]++);
        assertThat(outcomes[0]).as("mutations the fast path accepted").isGreaterThan(100);
        assertThat(outcomes[2]).as("mutations networknt rejected").isGreaterThan(300);
    }

    @Test
    void onMutatedEnvelopes_certainlyValidImpliesNetworkntFindsNoError_andTheSamplesTakeTheFastPath() {
        List<ObjectNode> envelopes = new ArrayList<>();
        for (String sample : List.of("ariege.json", "corse-du-sud.json")) {
            StreamingReader.standard().scan(RepoFiles.root().resolve("examples/data").resolve(sample),
                    new org.maillage.json.internal.DatasetHandler() {
                        @Override
                        public void entity(EntityNode entity) {}

                        @Override
                        public void envelope(ObjectNode envelope, org.maillage.json.SourcePosition start) {
                            envelopes.add(envelope);
                        }
                    });
        }
        for (ObjectNode e : envelopes) {
            assertThat(SCHEMAS.envelopeNetworkntErrors(e)).as("%s is valid", e).isEmpty();
            assertThat(SCHEMAS.passesEnvelopeFastPath(e)).as("%s takes the fast path", e).isTrue();
        }
        int[] outcomes = new int[2];
        List<String> uris = List.of("https://schemas.maillage.org/1.0/dataset.schema.json", "http://a/b", "https://x.fr",
                "https://x.fr/a%20b", "https://x.fr/?q", "https://x.fr/#f", "https://é.fr/", "urn:x", "https:", "//x.fr/a",
                "https://X.fr/a", "https://x.fr/a b", "https://-x/", "https://x..y/z~_.-", "2026-01-15T10:00:00Z",
                "2026-01-15T23:59:59.123+01:00", "2026-02-30T10:00:00Z", "2026-01-15T24:00:00Z", "2026-01-15T10:00:60Z",
                "2026-01-15t10:00:00z", "0999-01-15T10:00:00Z", "2026-01-15T10:00:00+25:00", "2026-01-15T10:00Z",
                "2026-01-15 10:00:00Z", "2026-01-15T20:00:00-00:00");
        Seeds.check(2000, c -> {
            ObjectNode copy = c.pick(envelopes).deepCopy();
            if (c.percent(50)) {
                copy.put(c.pick(List.of("$schema", "license", "geography", "referenceDate", "issued", "issued", "id")), c.percent(70)
                        ? c.pick(uris) : c.pick(STRINGS));
            } else {
                new Mutation(c.between(0, 1000), c.between(0, 1000), value(c)).apply(copy);
            }
            boolean fast = SCHEMAS.passesEnvelopeFastPath(copy);
            boolean valid;
            try {
                valid = SCHEMAS.envelopeNetworkntErrors(copy).isEmpty();
            } catch (RuntimeException e) {
                valid = false;
            }
            if (fast) {
                assertThat(valid).as("fast path passed %s, networknt rejects it", copy).isTrue();
            }
            outcomes[fast ? 0 : 1]++;
        });
        assertThat(outcomes[0]).as("envelopes the fast path passed").isGreaterThan(200);
        assertThat(outcomes[1]).as("envelopes left to networknt").isGreaterThan(200);
    }

    @FuzzTest
    void onFuzzedMutations_certainlyValidImpliesNetworkntFindsNoError(FuzzedDataProvider data) {
        fastPathAgreesWithNetworknt(mutated(Choices.fuzzed(data)));
    }

    /** @return 0 when the fast path passed it, 1 when only networknt did, 2 when networknt rejects it */
    private static int fastPathAgreesWithNetworknt(EntityNode n) {
        boolean fast = SCHEMAS.passesFastPath(n.family(), n.json());
        boolean valid = networkntAccepts(n);
        if (fast) {
            assertThat(valid).as("fast path passed %s, networknt rejects it", n.json()).isTrue();
        }
        return fast ? 0 : valid ? 1 : 2;
    }

    /** Whether networknt finds no error; false when it fails on the entity (the layer reports that). */
    private static boolean networkntAccepts(EntityNode n) {
        try {
            return SCHEMAS.networkntErrors(n.family(), n.json()).isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** An entity of the generated dataset with one to three mutations, one most often. */
    static EntityNode mutated(Choices c) {
        EntityNode n = c.pick(GENERATED);
        ObjectNode copy = n.json().deepCopy();
        int count = c.percent(60) ? 1 : c.between(2, 3); // one most often: small sizes are where outcomes differ
        for (int i = 0; i < count; i++) {
            new Mutation(c.between(0, 1000), c.between(0, 1000), value(c)).apply(copy);
        }
        return new EntityNode(n.family(), n.index(), n.pointer(), copy, n.start());
    }

    /** Replaces, removes or adds a member somewhere in the entity. */
    private record Mutation(int where, int what, JsonNode value) {
        void apply(ObjectNode root) {
            JsonNode value = this.value.deepCopy();
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(Math.floorMod(where, containers.size()));
            if (target instanceof ObjectNode o) {
                List<String> names = new ArrayList<>(o.propertyNames());
                if (what % 4 == 3 || names.isEmpty()) {
                    o.set("extra" + what, value);
                } else if (what % 4 == 2) {
                    o.remove(names.get(Math.floorMod(what, names.size())));
                } else {
                    o.set(names.get(Math.floorMod(what, names.size())), value);
                }
            } else if (target instanceof ArrayNode a) {
                if (a.isEmpty() || what % 3 == 2) {
                    a.add(value);
                } else if (what % 3 == 1) {
                    a.remove(Math.floorMod(what, a.size()));
                } else {
                    a.set(Math.floorMod(what, a.size()), value);
                }
            }
        }

        private static void collect(JsonNode n, List<JsonNode> out) {
            if (n.isContainer()) {
                out.add(n);
                for (JsonNode c : n) {
                    collect(c, out);
                }
            }
        }
    }

    private static final List<String> STRINGS = List.of("", " ", "x", "A", "commune:09001", "region:76", "epci:200066363",
            "indicator:apl-mg", "2025-01-01", "2025-02-29", "2024-02-29", "2025-1-01", "0000-01-01", "9999-12-31",
            "+12025-01-01", "2025-01-01\n", "abc\n", "commune", "medecin-generaliste", "final", "provisional", "ZIP", "ZAC",
            "CC", "CA", "municipale", "230007601", "230007602", "09", "2A", "-a", "a-", "a--b", "é", "\u0000", "x".repeat(129),
            "a:".repeat(70), "https://example.test/x");
    private static final List<Long> LONGS = List.of(-1L, 0L, 1L, 2L, 3L, 9L, 15L, 2023L, 2026L, 100_000L, Long.MAX_VALUE);
    private static final List<Double> DOUBLES = List.of(-0.5, 0.0, 1.0, 2.0, 2.5, 2.4999999, 6.43, 99.99, 100.0, 100.5, 1e300);
    private static final List<java.math.BigDecimal> DECIMALS = List.of(new java.math.BigDecimal("2.50"),
            new java.math.BigDecimal("1E+2"), new java.math.BigDecimal("-0.0"));

    /** A JSON value that often breaks schemas: edge strings, any short string, edge numbers, other types. */
    private static JsonNode value(Choices c) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (c.between(0, 9)) {
            case 0 -> f.stringNode(c.pick(STRINGS));
            case 1 -> f.stringNode(anyString(c, 12));
            case 2 -> f.numberNode(c.pick(LONGS));
            case 3 -> f.numberNode(c.pick(DOUBLES));
            case 4 -> f.numberNode(c.pick(DECIMALS));
            case 5 -> f.booleanNode(c.percent(50));
            case 6 -> f.nullNode();
            case 7 -> f.objectNode();
            case 8 -> f.arrayNode();
            default -> f.objectNode().put(c.pick(List.of("list", "code", "territory", "start", "end")), "x");
        };
    }

    /** Up to {@code max} code points of any plane, ASCII more often; never a lone surrogate. */
    private static String anyString(Choices c, int max) {
        int n = c.between(0, max);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = c.percent(50) ? c.between(0x20, 0x7e) : c.between(0, Character.MAX_CODE_POINT);
            s.appendCodePoint(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? 0xfffd : cp);
        }
        return s.toString();
    }
}
