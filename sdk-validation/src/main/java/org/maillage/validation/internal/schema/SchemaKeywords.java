package org.maillage.validation.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema keywords a schema set may use: those whose errors the schema layer reports as a
 * rule of their own, and those that never fail by themselves (identifiers, annotations, and the
 * applicators whose failures are their subschemas'). A schema set using any other keyword (for
 * example {@code oneOf}, {@code uniqueItems}, a {@code false} subschema) is refused when the
 * validator is built, naming the keyword and where it is: so that every schema error a validator
 * reports has a rule of its own, never a catch-all.
 */
public final class SchemaKeywords {

    /** Keywords whose errors {@code SchemaLayer} maps to a rule (schema.required, schema.type...). */
    public static final Set<String> REPORTED = Set.of("required", "additionalProperties", "unevaluatedProperties", "type", "enum",
            "const", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
            "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "multipleOf");

    /** Keywords that never fail by themselves. */
    static final Set<String> SILENT = Set.of("$schema", "$id", "$ref", "$defs", "$comment", "$anchor", "title", "description",
            "default", "examples", "deprecated", "readOnly", "writeOnly", "properties", "patternProperties", "items",
            "prefixItems");

    private SchemaKeywords() {}

    /**
     * Checks the schemas and every schema file they refer to with a relative {@code $ref}.
     *
     * @param documents reads a schema file by class-path resource name (null when there is none)
     * @param dir the class-path folder, ending with {@code /}
     * @param base the base IRI the folder stands for, ending with {@code /}
     * @param files the schema files the layer loads, relative to the folder
     * @throws IllegalArgumentException naming each keyword that no rule reports, and where it is, or
     *     each file a {@code $ref} names that the folder lacks
     */
    static void check(java.util.function.Function<String, JsonNode> documents, String dir, String base, List<String> files) {
        Deque<String> todo = new ArrayDeque<>(files);
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        while (!todo.isEmpty()) {
            String file = todo.removeFirst();
            if (!seen.add(file)) {
                continue;
            }
            JsonNode doc = documents.apply(dir + file);
            if (doc != null) {
                walk(doc, file + "#", false, base, todo, problems);
            } else if (!files.contains(file)) {
                missing.add(file);
            }
        }
        if (!missing.isEmpty()) {
            // networknt compiles a family's schema only when an entity first needs it: a missing
            // file would otherwise surface in the middle of a validation
            throw new IllegalArgumentException("the schemas in '" + dir + "' refer to " + String.join(", ", missing)
                    + ", which the folder lacks");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the schemas in '" + dir + "' use what the schema layer cannot report as a rule: "
                    + String.join("; ", problems));
        }
    }

    /**
     * Reads one schema file of the class path.
     *
     * @return its tree, or null when there is no such resource
     */
    static JsonNode read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : MaillageJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        }
    }

    private static void walk(JsonNode schema, String at, boolean falseAllowed, String base, Deque<String> todo,
            List<String> problems) {
        if (schema.isBoolean()) {
            if (!schema.booleanValue() && !falseAllowed) {
                problems.add("a false schema at " + at);
            }
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            String here = at + "/" + SchemaLayer.escape(k);
            switch (k) {
                case "properties", "patternProperties", "$defs" -> {
                    for (Map.Entry<String, JsonNode> sub : v.properties()) {
                        walk(sub.getValue(), here + "/" + SchemaLayer.escape(sub.getKey()), false, base, todo, problems);
                    }
                }
                case "items" -> walk(v, here, false, base, todo, problems);
                case "prefixItems" -> {
                    for (int i = 0; i < v.size(); i++) {
                        walk(v.get(i), here + "/" + i, false, base, todo, problems);
                    }
                }
                case "additionalProperties", "unevaluatedProperties" -> walk(v, here, true, base, todo, problems);
                case "$ref" -> {
                    String ref = v.asString();
                    String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
                    if (file.startsWith(base)) {
                        file = file.substring(base.length());
                    }
                    if (!file.isEmpty() && !file.contains(":")) {
                        todo.add(file);
                    }
                }
                default -> {
                    if (!REPORTED.contains(k) && !SILENT.contains(k)) {
                        problems.add("keyword '" + k + "' at " + at);
                    }
                }
            }
        }
    }
}
