package org.maillage.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.maillage.json.DatasetFormat;

/** Small datasets and validators shared by the tests. */
final class Fixtures {
    private Fixtures() {}

    static final String TEST_BASE = "https://schemas.example.test/1.0/";
    static final String TEST_DIR = "testschemas/1.0/";

    /** A validator on the test schemas, with the given parallelism. */
    static Validator validator(int parallelism) {
        return Validator.builder().schemas(TEST_BASE, TEST_DIR, Fixtures.class.getClassLoader())
                .parallelism(parallelism).build();
    }

    static Validator validator() {
        return validator(2);
    }

    /** A dataset envelope around territories given as JSON objects, one per line. */
    static String dataset(String... territories) {
        StringBuilder sb = new StringBuilder("{\n  \"schemaVersion\": \"1.0.0\",\n  \"id\": \"test-09\",\n"
                + "  \"referenceDate\": \"2026-01-01\",\n  \"territories\": [\n");
        for (int i = 0; i < territories.length; i++) {
            sb.append("    ").append(territories[i]).append(i + 1 < territories.length ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    /** The Ariège skeleton: région, département, two communes and their EPCI. */
    static final String[] ARIEGE = {
        "{\"id\": \"region:76\", \"kind\": \"region\", \"code\": \"76\", \"name\": \"Occitanie\"}",
        "{\"id\": \"departement:09\", \"kind\": \"departement\", \"code\": \"09\", \"name\": \"Ariège\", \"parents\": [{\"territory\": \"region:76\"}]}",
        "{\"id\": \"commune:09001\", \"kind\": \"commune\", \"code\": \"09001\", \"name\": \"Aigues-Juntes\", \"parents\": [{\"territory\": \"departement:09\"}]}",
        "{\"id\": \"commune:09002\", \"kind\": \"commune\", \"code\": \"09002\", \"name\": \"Aigues-Vives\", \"parents\": [{\"territory\": \"departement:09\"}]}",
        "{\"id\": \"epci:200066363\", \"kind\": \"epci\", \"code\": \"200066363\", \"name\": \"CC de la Haute Ariège\", \"legalType\": \"CC\", "
            + "\"members\": [{\"territory\": \"commune:09001\"}, {\"territory\": \"commune:09002\"}]}"
    };

    static String[] ariegeWith(String... more) {
        String[] all = new String[ARIEGE.length + more.length];
        System.arraycopy(ARIEGE, 0, all, 0, ARIEGE.length);
        System.arraycopy(more, 0, all, ARIEGE.length, more.length);
        return all;
    }

    /** The schema files of the test schema folder. */
    static final List<String> TEST_SCHEMAS = List.of("common", "dataset", "territory", "organization", "person", "contract",
            "facility", "indicator", "observation", "zoning", "plan");

    /**
     * A copy of the test schemas in {@code dir/schemas/1.0/}, without the omitted ones and with some
     * replaced, and a class loader over {@code dir} (whose parent is the tests' loader, for the
     * meta-schemas).
     *
     * @param replaced file contents by schema name ({@code dataset})
     */
    static URLClassLoader schemaFolder(Path dir, Map<String, String> replaced, String... omitted) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("schemas/1.0"));
        for (String name : TEST_SCHEMAS) {
            if (List.of(omitted).contains(name)) {
                continue;
            }
            Path to = folder.resolve(name + ".schema.json");
            if (replaced.containsKey(name)) {
                Files.writeString(to, replaced.get(name), StandardCharsets.UTF_8);
            } else {
                try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(TEST_DIR + name + ".schema.json")) {
                    Files.copy(in, to);
                }
            }
        }
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, Fixtures.class.getClassLoader());
    }

    static Report validateText(Validator v, String json) {
        return v.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), DatasetFormat.JSON, "test.json");
    }

    static Report validateBytes(Validator v, byte[] bytes, DatasetFormat format) {
        return v.validate(new ByteArrayInputStream(bytes), format, "test.json");
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
