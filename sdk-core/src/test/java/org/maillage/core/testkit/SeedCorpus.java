package org.maillage.core.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed inputs for fuzz tests, taken from the repository: every input of the conformance corpus
 * ({@code schemas/conformance/**}: inline {@code data} serialised, {@code file} inputs byte for
 * byte), the sample datasets ({@code examples/data}) and the waivers files of the corpus.
 *
 * <p>A fuzz test class declares its corpus as {@code static List<SeedCorpus.Seed> seedCorpus()}:
 * its plain JUnit test runs the fuzz body on every seed in each build (the deterministic regression
 * run), and {@code scripts/fuzz.sh} writes the same seeds to a folder with {@link #main} and gives
 * it to Jazzer as the starting corpus.
 */
public final class SeedCorpus {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SeedCorpus() {}

    /**
     * One seed input.
     *
     * @param name where it comes from, unique in its corpus (for example {@code read/read.bom.json#1})
     * @param bytes the input
     */
    public record Seed(String name, byte[] bytes) {
        /** Checks the members. */
        public Seed {
            Objects.requireNonNull(name, "name");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** @return the name, made a safe file name */
        public String fileName() {
            return name.replaceAll("[^A-Za-z0-9._-]", "_");
        }
    }

    /** @return the repository root: the nearest folder above the working directory with {@code schemas/conformance} */
    public static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("schemas/conformance")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /** @return the input of every case of the conformance corpus, JSON and NDJSON */
    public static List<Seed> conformanceInputs() {
        List<Seed> out = new ArrayList<>();
        forEachCase((name, group, test) -> {
            if (test.has("data")) {
                out.add(new Seed(name, MAPPER.writeValueAsBytes(test.get("data"))));
            } else if (test.has("file")) {
                out.add(new Seed(name + "-" + test.get("file").asString(), read(group.resolveSibling(test.get("file").asString()))));
            }
        });
        return out;
    }

    /** @return the waivers files of the conformance corpus, inline or named by {@code waiversFile} */
    public static List<Seed> conformanceWaivers() {
        List<Seed> out = new ArrayList<>();
        forEachCase((name, group, test) -> {
            if (test.has("waivers")) {
                out.add(new Seed(name, MAPPER.writeValueAsBytes(test.get("waivers"))));
            } else if (test.has("waiversFile")) {
                out.add(new Seed(name, read(group.resolveSibling(test.get("waiversFile").asString()))));
            }
        });
        return out;
    }

    /** @return the sample datasets of {@code examples/data} */
    public static List<Seed> samples() {
        Path dir = repositoryRoot().resolve("examples/data");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> new Seed("examples/" + f.getFileName(), read(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface CaseVisitor {
        void visit(String name, Path group, JsonNode test);
    }

    /** Visits every case of every group file, group waivers copied onto cases that have none. */
    private static void forEachCase(CaseVisitor visitor) {
        Path root = repositoryRoot().resolve("schemas/conformance");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path group : files.filter(f -> f.toString().endsWith(".json") && !f.getParent().endsWith("inputs")).sorted().toList()) {
                JsonNode g = MAPPER.readTree(group.toFile());
                JsonNode tests = g.path("tests");
                String name = root.relativize(group).toString().replace('\\', '/');
                for (int i = 0; i < tests.size(); i++) {
                    JsonNode test = tests.get(i);
                    if (!test.has("waivers") && !test.has("waiversFile") && (g.has("waivers") || g.has("waiversFile"))) {
                        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) test.deepCopy();
                        copy.set(g.has("waivers") ? "waivers" : "waiversFile", g.get(g.has("waivers") ? "waivers" : "waiversFile"));
                        test = copy;
                    }
                    visitor.visit(name + "#" + i, group, test);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the seed corpus of a fuzz test class to a folder, one file per seed; used by
     * {@code scripts/fuzz.sh}.
     *
     * @param args the fuzz test class (its {@code static List<Seed> seedCorpus()} gives the seeds)
     *     and the folder
     * @throws Exception when the class has no corpus or the folder cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SeedCorpus TEST_CLASS FOLDER, got " + Arrays.toString(args));
        }
        Method m = Class.forName(args[0]).getDeclaredMethod("seedCorpus");
        m.setAccessible(true);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        int n = 0;
        for (Object o : (List<?>) m.invoke(null)) {
            Seed seed = (Seed) o;
            Files.write(dir.resolve(seed.fileName()), seed.bytes());
            n++;
        }
        System.out.println(n + " seeds of " + args[0] + " in " + dir);
    }
}
