package org.maillage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.InvalidDataException;
import org.maillage.core.model.Dataset;
import org.maillage.core.testkit.ModelGenerator;
import org.maillage.core.testkit.SeedCorpus;
import org.maillage.core.testkit.SeedCorpus.Seed;
import org.maillage.json.internal.DatasetHandler;
import org.maillage.json.internal.EntityNode;
import org.maillage.json.internal.ReadProblem;
import org.maillage.json.internal.StreamingReader;

/**
 * Any bytes given to the dataset reader, as JSON or NDJSON, are read or refused with an
 * {@link InvalidDataException} that says what and where: never another exception. What is read
 * survives the canonical writer, and the streaming path the validator takes (scan, then bind each
 * entity) fails only the same way.
 */
class DatasetReaderFuzzTest {

    /** The conformance corpus inputs, the samples and generated datasets of every family, as JSON and NDJSON. */
    static List<Seed> seedCorpus() {
        List<Seed> seeds = new ArrayList<>(SeedCorpus.conformanceInputs());
        seeds.addAll(SeedCorpus.samples());
        for (long seed = 0; seed < 8; seed++) {
            Dataset d = ModelGenerator.seeded(seed).dataset();
            seeds.add(new Seed("generated-" + seed + ".json", DatasetWriter.canonical().writeString(d).getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
            DatasetWriter.canonical().write(d, ndjson, DatasetFormat.NDJSON);
            seeds.add(new Seed("generated-" + seed + ".ndjson", ndjson.toByteArray()));
        }
        return seeds;
    }

    @Test
    void everySeed_isReadOrRefusedWithItsPlace_inBothFormats() {
        List<Seed> seeds = seedCorpus();
        assertThat(seeds).hasSizeGreaterThan(200);
        int read = 0;
        for (Seed s : seeds) {
            try {
                read += readJson(s.bytes()) ? 1 : 0;
                readNdjson(s.bytes());
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + s.name() + ": " + e, e);
            }
        }
        assertThat(read).as("seeds read as JSON datasets").isGreaterThan(100);
    }

    @FuzzTest
    void readJson_readsOrRefusesWithItsPlace(byte[] input) {
        readJson(input);
    }

    @FuzzTest
    void readNdjson_readsOrRefusesWithItsPlace(byte[] input) {
        readNdjson(input);
    }

    /** @return whether the input was a dataset */
    static boolean readJson(byte[] input) {
        scanAndBind(input, DatasetFormat.JSON);
        tokenPathAgreesWithTreePath(input);
        return readAndRewrite(input, DatasetFormat.JSON);
    }

    @Test
    void onMutatedBytesOfGeneratedDatasets_theTokenPathReadsOrRefusesExactlyAsTheTreePath() {
        int[] outcomes = new int[2];
        org.maillage.core.testkit.Seeds.check(400, c -> {
            Dataset d = ModelGenerator.seeded(c.between(0, 7)).dataset();
            byte[] bytes = DatasetWriter.canonical().writeString(d).getBytes(StandardCharsets.UTF_8);
            int edits = c.percent(60) ? 1 : c.between(2, 4);
            for (int i = 0; i < edits; i++) {
                bytes = edit(bytes, c);
            }
            outcomes[tokenPathAgreesWithTreePath(bytes) ? 0 : 1]++;
        });
        assertThat(outcomes[0]).as("mutated files read").isGreaterThan(40);
        assertThat(outcomes[1]).as("mutated files refused").isGreaterThan(40);
    }

    @Test
    void headersBoundWithoutDatabind_equalWhatDatabindBinds() {
        List<String> issued = List.of("2026-01-15T10:00:00Z", "2026-01-15T10:00:00.5Z", "2026-13-15T10:00:00Z",
                "2026-01-15T10:00:00+01:00", "2026-01-15T10:00Z", "2026-01-15", "x", "0999-01-15T10:00:00Z",
                "2026-02-29T10:00:00Z", "2024-02-29T23:59:59.999999999Z");
        int[] bound = new int[1];
        org.maillage.core.testkit.Seeds.check(300, c -> {
            tools.jackson.databind.node.ObjectNode envelope = MaillageJson.mapper().createObjectNode();
            envelope.put("$schema", "https://schemas.maillage.org/1.0/dataset.schema.json");
            envelope.put("schemaVersion", "1.0.0");
            envelope.put("id", c.pick(List.of("d1", "", "x y")));
            if (c.percent(70)) {
                envelope.put("issued", c.pick(issued));
            }
            if (c.percent(50)) {
                envelope.putObject("publisher").put("name", "ARS").put("url", "https://x.fr");
            }
            if (c.percent(20)) {
                envelope.put(c.pick(List.of("title", "referenceDate", "extra")), c.percent(50) ? "2026-01-01" : "t");
            }
            if (c.percent(10)) {
                envelope.remove(c.pick(List.of("schemaVersion", "id")));
            }
            Object expected;
            Object actual;
            tools.jackson.databind.node.ObjectNode copy = envelope.deepCopy();
            copy.set("schema", copy.remove("$schema"));
            try {
                expected = MaillageJson.mapper().treeToValue(copy, org.maillage.core.model.DatasetHeader.class);
            } catch (tools.jackson.core.JacksonException e) {
                expected = "refused";
            }
            try {
                actual = StreamingReader.standard().bindHeader(envelope);
                bound[0]++;
            } catch (InvalidDataException e) {
                actual = "refused";
            }
            assertThat(actual).as("header of %s", envelope).isEqualTo(expected);
        });
        assertThat(bound[0]).as("headers bound").isGreaterThan(100);
    }

    private static final String[] PIECES = {"{", "}", "[", "]", "\"", ",", ":", "0", "1.5", "-", "a", "\\", " ", "null", "true",
        "\"id\"", "\"extra\": 1,", "\"\\u00e9\"", "\u00ff", "1e400"};

    /** One edit somewhere in the bytes: a byte removed, a piece inserted, or a span doubled. */
    private static byte[] edit(byte[] in, org.maillage.core.testkit.Choices c) {
        int at = c.between(0, in.length - 1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length + 32);
        out.write(in, 0, at);
        switch (c.between(0, 2)) {
            case 0 -> out.write(in, at + 1, in.length - at - 1);
            case 1 -> {
                out.writeBytes(c.pick(PIECES).getBytes(StandardCharsets.UTF_8));
                out.write(in, at, in.length - at);
            }
            default -> {
                int len = Math.min(in.length - at, c.between(1, 40));
                out.write(in, at, len);
                out.write(in, at, in.length - at);
            }
        }
        return out.toByteArray();
    }

    /**
     * The reader binds entities straight from the tokens and reads an entity as a tree only when
     * its binder gives up; reading every entity as a tree and binding it with databind must give the
     * same dataset, or fail with the same message at the same place.
     *
     * @return whether the input was read
     */
    static boolean tokenPathAgreesWithTreePath(byte[] input) {
        Object token;
        try {
            token = DatasetReader.standard().read(new ByteArrayInputStream(input), DatasetFormat.JSON);
        } catch (InvalidDataException e) {
            token = failure(e);
        }
        Object tree;
        try {
            tree = treeRead(input);
        } catch (InvalidDataException e) {
            tree = failure(e);
        }
        assertThat(token).as("the token path against the tree path").isEqualTo(tree);
        return token instanceof Dataset;
    }

    private static String failure(InvalidDataException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage() + " at " + e.pointer() + " " + e.line() + ":" + e.column();
    }

    /** What the reader did before the token binder: every entity a tree, bound by databind. */
    private static Dataset treeRead(byte[] input) {
        StreamingReader reader = StreamingReader.standard();
        List<org.maillage.core.model.Entity> entities = new ArrayList<>();
        tools.jackson.databind.node.ObjectNode[] envelope = new tools.jackson.databind.node.ObjectNode[1];
        reader.scan(new ByteArrayInputStream(input), DatasetFormat.JSON, new DatasetHandler() {
            @Override
            public void entity(EntityNode entity) {
                assertThat(entity.bound()).as("a tree").isNull();
                entities.add(reader.bind(entity));
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new InvalidDataException(problem.message(), problem.pointer(), problem.position().line(),
                        problem.position().column(), null);
            }

            @Override
            public void envelope(tools.jackson.databind.node.ObjectNode node, SourcePosition start) {
                envelope[0] = node;
            }
        });
        return Dataset.of(reader.bindHeader(envelope[0]), entities);
    }

    static boolean readNdjson(byte[] input) {
        scanAndBind(input, DatasetFormat.NDJSON);
        return readAndRewrite(input, DatasetFormat.NDJSON);
    }

    private static boolean readAndRewrite(byte[] input, DatasetFormat format) {
        Dataset d;
        try {
            d = DatasetReader.standard().read(new ByteArrayInputStream(input), format);
        } catch (InvalidDataException e) {
            assertLocated(e);
            return false;
        }
        String json = DatasetWriter.canonical().writeString(d);
        assertThat(DatasetReader.standard().readString(json)).as("what was read survives the canonical writer").isEqualTo(d);
        return true;
    }

    /** The validator's path: stream the entities, then bind each on its own. */
    private static void scanAndBind(byte[] input, DatasetFormat format) {
        StreamingReader reader = StreamingReader.standard();
        List<EntityNode> nodes = new ArrayList<>();
        try {
            reader.scan(new ByteArrayInputStream(input), format, new DatasetHandler() {
                @Override
                public void entity(EntityNode entity) {
                    nodes.add(entity);
                }

                @Override
                public void problem(ReadProblem problem) {
                    assertThat(problem.code()).startsWith("read.");
                    assertThat(problem.pointer()).as("pointer of %s", problem.code()).matches("^(/([^~/]|~[01])*)*$");
                }
            });
        } catch (InvalidDataException e) {
            assertLocated(e);
        }
        for (EntityNode n : nodes) {
            try {
                assertThat(reader.bind(n).family()).isEqualTo(n.family());
            } catch (InvalidDataException e) {
                assertLocated(e);
                assertThat(e.pointer()).as("a binding failure points into the entity").startsWith(n.pointer());
            }
        }
    }

    private static void assertLocated(InvalidDataException e) {
        assertThat(e.getMessage()).as("message").isNotBlank();
        assertThat(e.pointer()).as("pointer of: %s", e.getMessage()).isNotNull().matches("^(/([^~/]|~[01])*)*$");
        assertThat(e.line()).as("line of: %s", e.getMessage()).isNotNegative();
        assertThat(e.column()).as("column of: %s", e.getMessage()).isNotNegative();
    }
}
