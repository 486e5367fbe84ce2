package org.maillage.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maillage.core.testkit.SchemaFiles;

/** {@code docs/reference} is what the schemas and codelists generate; regenerates it on request. */
class ReferenceDocsTest {

    @Test
    void reference_isUpToDate_withTheSchemasAndCodelists() throws IOException {
        SchemaFiles schemas = SchemaFiles.load();
        ReferenceDocs docs = new ReferenceDocs(schemas);
        Path dir = ReferenceDocs.directory(schemas);
        if (Boolean.getBoolean("maillage.regenerateDocs")) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                        Files.delete(f);
                    }
                }
            }
            docs.write(dir);
        }
        Map<String, String> expected = docs.pages();
        String stale = "docs/reference is stale; regenerate it with: " + ReferenceDocs.REGENERATE;
        assertThat(Files.isDirectory(dir)).as(stale).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as(stale)
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8)).as(stale + " (" + e.getKey() + ")")
                    .isEqualTo(e.getValue());
        }
    }
}
