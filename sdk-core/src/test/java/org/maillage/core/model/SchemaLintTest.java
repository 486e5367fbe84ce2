package org.maillage.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.core.testkit.SchemaFiles;
import tools.jackson.databind.JsonNode;

/** A strict lint over the normative schemas: documentation, naming, closed objects, references. */
class SchemaLintTest {

    private static final Pattern CAMEL = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    private static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern PASCAL = Pattern.compile("^[A-Z][a-zA-Z0-9]*$");

    private static SchemaFiles schemas;

    @BeforeAll
    static void load() {
        schemas = SchemaFiles.load();
    }

    @Test
    void schemas_declareDraft2020AndAnIdMatchingTheirFile() {
        for (Map.Entry<String, JsonNode> e : schemas.byId().entrySet()) {
            assertThat(e.getValue().path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(e.getKey()).isEqualTo(SchemaFiles.BASE + schemas.fileName(e.getKey()));
            assertThat(e.getValue().path("title").asString()).as(e.getKey()).isNotBlank();
            assertThat(e.getValue().path("description").asString()).as(e.getKey()).isNotBlank();
        }
    }

    @Test
    void everyProperty_hasTitleDescriptionAndType_andACamelCaseName() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : schemas.byId().entrySet()) {
            walk(e.getValue(), schemas.fileName(e.getKey()), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyObject_isClosed() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : schemas.byId().entrySet()) {
            closed(e.getValue(), schemas.fileName(e.getKey()), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRef_staysUnderTheMaillageBaseAndResolves() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : schemas.byId().entrySet()) {
            refs(e.getValue(), e.getKey(), schemas.fileName(e.getKey()), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void defNames_areRecordsInPascalCaseOrCodelistsInKebabCase() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : schemas.byId().entrySet()) {
            e.getValue().path("$defs").propertyNames().forEach(name -> {
                JsonNode def = e.getValue().path("$defs").path(name);
                boolean ok = "object".equals(def.path("type").asString()) && def.path("properties").path("list").has("const")
                        ? KEBAB.matcher(name).matches()
                        : "object".equals(def.path("type").asString()) ? PASCAL.matcher(name).matches()
                        : KEBAB.matcher(name).matches() || CAMEL.matcher(name).matches();
                if (!ok) {
                    problems.add(schemas.fileName(e.getKey()) + " $defs/" + name);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    private static void walk(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            JsonNode props = node.path("properties");
            if (props.isObject()) {
                props.propertyNames().forEach(name -> {
                    JsonNode p = props.path(name);
                    String at = where + " " + name;
                    if (!CAMEL.matcher(name).matches() && !((where.startsWith("dataset") || where.startsWith("waivers")) && name.equals("$schema"))) {
                        problems.add(at + ": name is not camelCase");
                    }
                    for (String k : List.of("title", "description", "type")) {
                        // "type" may also list several types (a changeset's old/new values are any JSON value).
                        boolean typeList = k.equals("type") && p.path(k).isArray() && !p.path(k).isEmpty();
                        if (!typeList && (!p.hasNonNull(k) || !p.path(k).isString() || p.path(k).asString().isBlank())) {
                            problems.add(at + ": no " + k);
                        }
                    }
                });
            }
            node.propertyNames().forEach(k -> walk(node.path(k), where, problems));
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, where, problems));
        }
    }

    private static void closed(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            if (node.has("properties") && !(node.path("additionalProperties").isBoolean()
                    && !node.path("additionalProperties").booleanValue())) {
                problems.add(where + " " + node.path("title").asString() + ": additionalProperties is not false");
            }
            node.propertyNames().forEach(k -> closed(node.path(k), where, problems));
        } else if (node.isArray()) {
            node.forEach(n -> closed(n, where, problems));
        }
    }

    private static void refs(JsonNode node, String doc, String where, List<String> problems) {
        if (node.isObject()) {
            JsonNode ref = node.path("$ref");
            if (ref.isString()) {
                String r = ref.asString();
                if (!r.startsWith("#") && !r.startsWith(SchemaFiles.BASE)) {
                    problems.add(where + ": $ref leaves " + SchemaFiles.BASE + ": " + r);
                } else if (schemas.resolve(r, doc) == null) {
                    problems.add(where + ": $ref does not resolve: " + r);
                }
            }
            node.propertyNames().forEach(k -> refs(node.path(k), doc, where, problems));
        } else if (node.isArray()) {
            node.forEach(n -> refs(n, doc, where, problems));
        }
    }
}
