package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.validation.internal.schema.SchemaKeywords;

/**
 * A schema folder given to {@link Validator.Builder#schemas} is checked when the validator is
 * built: a missing schema or a keyword no rule reports is a configuration fault, refused at once,
 * rather than a finding in every report.
 */
class SchemaConfigurationTest {

    private static final String SCHEMAS = "schemas/1.0/";

    @Test
    void build_failsFast_whenTheSchemaFolderLacksAFamilysSchema(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = Fixtures.schemaFolder(dir, Map.of(), "zoning")) {
            assertThatThrownBy(() -> Validator.builder().schemas(Fixtures.TEST_BASE, SCHEMAS, loader).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the schema folder 'schemas/1.0/' (for " + Fixtures.TEST_BASE + ") lacks zoning.schema.json: the "
                            + "schema layer needs the envelope's schema and one per entity family");
            // without the schema layer, no schema is needed
            assertThat(Validator.builder().schemas(Fixtures.TEST_BASE, SCHEMAS, loader)
                    .layers(EnumSet.of(Layer.READ, Layer.CONSTRAINTS)).build().layers()).doesNotContain(Layer.SCHEMA);
        }
    }

    @Test
    void build_failsFast_whenAReferencedSchemaFileIsMissing_althoughFamilySchemasCompileOnFirstUse(@TempDir Path dir)
            throws Exception {
        try (URLClassLoader loader = Fixtures.schemaFolder(dir, Map.of(), "common")) {
            assertThatThrownBy(() -> Validator.builder().schemas(Fixtures.TEST_BASE, SCHEMAS, loader).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the schemas in 'schemas/1.0/' refer to common.schema.json, which the folder lacks");
        }
    }

    @Test
    void build_failsFast_whenASchemaUsesAKeywordNoRuleReports_evenInAReferencedFile(@TempDir Path dir) throws Exception {
        String common = """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://schemas.example.test/1.0/common.schema.json",
                 "$defs": {
                   "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"},
                   "date": {"type": "string", "format": "date"},
                   "link": {"type": "object", "properties": {"territory": {"oneOf": [{"$ref": "#/$defs/id"}]},
                            "validFrom": false}}}}
                """;
        try (URLClassLoader loader = Fixtures.schemaFolder(dir, Map.of("common", common))) {
            assertThatThrownBy(() -> Validator.builder().schemas(Fixtures.TEST_BASE, SCHEMAS, loader).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the schemas in 'schemas/1.0/' use what the schema layer cannot report as a rule: "
                            + "keyword 'oneOf' at common.schema.json#/$defs/link/properties/territory; "
                            + "a false schema at common.schema.json#/$defs/link/properties/validFrom");
        }
    }

    @Test
    void everyKeywordTheSchemasMayUse_isReportedAsARuleOfItsOwn(@TempDir Path dir) throws Exception {
        // one envelope member per keyword whose errors the schema layer reports, and a value that breaks it
        Map<String, String[]> cases = new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("type", new String[] {"{\"type\": \"string\"}", "1"}),
                Map.entry("enum", new String[] {"{\"enum\": [\"x\"]}", "\"y\""}),
                Map.entry("const", new String[] {"{\"const\": \"x\"}", "\"y\""}),
                Map.entry("pattern", new String[] {"{\"pattern\": \"^x$\"}", "\"y\""}),
                Map.entry("format", new String[] {"{\"format\": \"date\"}", "\"2020-13-01\""}),
                Map.entry("minimum", new String[] {"{\"minimum\": 1}", "0"}),
                Map.entry("maximum", new String[] {"{\"maximum\": 1}", "2"}),
                Map.entry("exclusiveMinimum", new String[] {"{\"exclusiveMinimum\": 1}", "1"}),
                Map.entry("exclusiveMaximum", new String[] {"{\"exclusiveMaximum\": 1}", "1"}),
                Map.entry("minLength", new String[] {"{\"minLength\": 2}", "\"x\""}),
                Map.entry("maxLength", new String[] {"{\"maxLength\": 1}", "\"xx\""}),
                Map.entry("minItems", new String[] {"{\"minItems\": 1}", "[]"}),
                Map.entry("maxItems", new String[] {"{\"maxItems\": 0}", "[1]"}),
                Map.entry("minProperties", new String[] {"{\"minProperties\": 1}", "{}"}),
                Map.entry("maxProperties", new String[] {"{\"maxProperties\": 0}", "{\"a\": 1}"}),
                Map.entry("multipleOf", new String[] {"{\"multipleOf\": 2}", "3"}),
                Map.entry("required", new String[] {"{\"required\": [\"z\"]}", "{}"}),
                Map.entry("additionalProperties", new String[] {"{\"additionalProperties\": false}", "{\"a\": 1}"}),
                Map.entry("unevaluatedProperties", new String[] {"{\"unevaluatedProperties\": false}", "{\"a\": 1}"})));
        assertThat(cases.keySet()).as("a case per keyword SchemaKeywords lets the schemas use").isEqualTo(SchemaKeywords.REPORTED);
        StringBuilder schema = new StringBuilder("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://schemas.example.test/1.0/dataset.schema.json",
                 "type": "object", "properties": {
                   "schemaVersion": {"type": "string"}, "id": {"type": "string"},
                   "territories": {"type": "array", "items": {"$ref": "territory.schema.json"}}""");
        StringBuilder data = new StringBuilder("{\"schemaVersion\": \"1.0.0\", \"id\": \"x\"");
        cases.forEach((k, v) -> {
            schema.append(",\n   \"").append(k).append("\": ").append(v[0]);
            data.append(", \"").append(k).append("\": ").append(v[1]);
        });
        try (URLClassLoader loader = Fixtures.schemaFolder(dir, Map.of("dataset", schema.append("}}").toString()))) {
            Validator v = Validator.builder().schemas(Fixtures.TEST_BASE, SCHEMAS, loader)
                    .layers(EnumSet.of(Layer.READ, Layer.SCHEMA)).build();
            Report r = Fixtures.validateText(v, data.append('}').toString());
            Set<String> reported = new TreeSet<>();
            for (Finding f : r.findings()) {
                assertThat(f.ruleId()).startsWith("schema.");
                reported.add(f.pointer().split("/")[1]);
            }
            assertThat(reported).as(r.findings().toString()).isEqualTo(cases.keySet());
        }
    }

    @Test
    void schemas_areReadThroughTheGivenClassLoader_notTheThreadsContextLoader(@TempDir Path dir) throws Exception {
        Fixtures.schemaFolder(dir, Map.of()).close();
        // a loader over a folder that is on no class path, and whose parent knows nothing of the tests
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(Thread.currentThread().getContextClassLoader().getResource(SCHEMAS + "territory.schema.json")).isNull();
            assertThat(loader.getResource(SCHEMAS + "territory.schema.json")).isNotNull();
            Validator v = Validator.builder().schemas(Fixtures.TEST_BASE, SCHEMAS, loader).build();
            assertThat(Fixtures.validateText(v, Fixtures.dataset(Fixtures.ARIEGE)).findings()).isEmpty();
            Report r = Fixtures.validateText(v, Fixtures.dataset(Fixtures.ariegeWith(
                    "{\"id\": \"x:1\", \"kind\": \"canton\", \"code\": \"X\", \"name\": \"X\"}")));
            assertThat(r.findings()).extracting(Finding::ruleId, Finding::pointer)
                    .contains(org.assertj.core.groups.Tuple.tuple("schema.enum", "/territories/5/kind"));
        }
    }
}
