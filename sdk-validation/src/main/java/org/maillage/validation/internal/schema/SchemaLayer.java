package org.maillage.validation.internal.schema;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.Finding;
import org.maillage.validation.internal.Located;
import org.maillage.validation.internal.Texts;
import tools.jackson.databind.JsonNode;

/**
 * The SCHEMA layer: JSON Schema 2020-12 with networknt, one schema per family
 * ({@code <type>.schema.json}) and {@code dataset.schema.json} for the envelope, all served from the
 * class loader given for them (an IRI under the base IRI is read from the class-path folder).
 * Nothing is ever fetched: the loader has no remote fetcher, and a {@code block} guard refuses any
 * IRI outside the base IRI and the bundled meta-schemas. A folder that lacks one of these
 * schemas, or whose schemas use a keyword no rule reports ({@link SchemaKeywords}), is refused
 * when the validator is built: a configuration fault, not a finding about the data. Immutable and thread-safe.
 */
public final class SchemaLayer {
    private static final String META = "https://json-schema.org/draft/2020-12/";
    /** Keywords about a value's content, meaningless once its type is wrong. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("enum", "const", "pattern", "format");
    /** Keywords reported as {@code schema.range}. */
    private static final Set<String> RANGE_KEYWORDS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "multipleOf");

    private final Map<EntityFamily, Schema> families = new EnumMap<>(EntityFamily.class);
    private final Map<EntityFamily, SchemaFastPath.Check> fastPaths = new EnumMap<>(EntityFamily.class);
    private final Schema envelope;
    private final String version;

    public SchemaLayer(String baseIri, String classpathDir, ClassLoader loader) {
        String dir = classpathDir.endsWith("/") ? classpathDir : classpathDir + "/";
        String base = baseIri.endsWith("/") ? baseIri : baseIri + "/";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemaLoader(l -> l
                        .resourceLoaders(r -> r.add(iri -> fromLoader(loader, base, dir, iri)))
                        .block(iri -> {
                            String s = iri.toString();
                            return !(s.startsWith(base) || s.startsWith(META));
                        }))
                .schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true)
                        .build()));
        List<String> files = new ArrayList<>(List.of("dataset.schema.json"));
        for (EntityFamily f : EntityFamily.values()) {
            files.add(f.type() + ".schema.json");
        }
        List<String> missing = files.stream().filter(file -> loader.getResource(dir + file) == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the schema folder '" + dir + "' (for " + base + ") lacks "
                    + String.join(", ", missing) + ": the schema layer needs the envelope's schema and one per entity family");
        }
        SchemaKeywords.check(loader, dir, base, files);
        for (EntityFamily f : EntityFamily.values()) {
            Schema s = registry.getSchema(SchemaLocation.of(base + f.type() + ".schema.json"));
            s.initializeValidators();
            families.put(f, s);
            SchemaFastPath.compile(base, dir, loader, f.type() + ".schema.json").ifPresent(c -> fastPaths.put(f, c));
        }
        this.envelope = registry.getSchema(SchemaLocation.of(base + "dataset.schema.json"));
        envelope.initializeValidators();
        String v = base.replaceAll(".*/([0-9]+\\.[0-9]+)/$", "$1");
        this.version = v.equals(base) ? base : v;
    }

    /**
     * Serves a schema IRI under the base from the given class loader. networknt's own
     * {@code classpath:} loader reads through the thread's context class loader, so a prefix
     * mapping to {@code classpath:} would ignore a loader that is not the context one; the IRI is
     * therefore left unmapped and this loader, consulted after networknt's (which only takes
     * {@code classpath:} and {@code resource:} IRIs, here the bundled meta-schemas), reads it.
     *
     * @return the schema's content, or null for an IRI outside the base (left to the other loaders)
     */
    private static InputStreamSource fromLoader(ClassLoader loader, String base, String dir, AbsoluteIri iri) {
        String s = iri.toString();
        if (!s.startsWith(base)) {
            return null;
        }
        String path = dir + s.substring(base.length());
        return () -> {
            InputStream in = loader.getResourceAsStream(path);
            if (in == null) {
                throw new FileNotFoundException("no '" + path + "' (for " + s + ") in the schema class loader");
            }
            return in;
        };
    }

    /** @return the schema version, from the base IRI ({@code 1.0}) */
    public String version() {
        return version;
    }

    /**
     * Schema errors of one entity, as findings. An entity the {@link SchemaFastPath} finds
     * certainly valid skips networknt; any other goes through it.
     */
    public List<Finding> validate(EntityFamily family, JsonNode node, Located where) {
        return passesFastPath(family, node) ? List.of() : evaluate(families.get(family), node, where);
    }

    private static List<Finding> evaluate(Schema s, JsonNode node, Located where) {
        List<Error> errors;
        try {
            errors = s.validate(node);
        } catch (RuntimeException e) {
            // networknt 3.0.9 throws on some values it should judge, e.g. 1e300 against an integer
            // bound (Jackson 3's asLong() refuses what Jackson 2 truncated): say so, do not crash
            return List.of(where.finding("schema.unevaluated", Map.of("detail", String.valueOf(e.getMessage())), ""));
        }
        return map(errors, where);
    }

    /** Whether the family's fast path finds the entity certainly valid; false without a fast path. */
    boolean passesFastPath(EntityFamily family, JsonNode node) {
        SchemaFastPath.Check c = fastPaths.get(family);
        return c != null && c.passes(node);
    }

    /** networknt's errors for one entity, without the fast path; for the tests that compare them. */
    List<Error> networkntErrors(EntityFamily family, JsonNode node) {
        return families.get(family).validate(node);
    }

    /** Schema errors of the envelope (the root object without its entity arrays). */
    public List<Finding> validateEnvelope(JsonNode node, Located where) {
        return evaluate(envelope, node, where);
    }

    /** Validates a JSON text against the envelope schema; for tests of the mapping. */
    List<Error> validateText(String json) {
        return envelope.validate(json, InputFormat.JSON);
    }

    /**
     * networknt's errors as findings, each problem once: an error repeated at the same place (a
     * {@code type} beside a {@code $ref} whose target has the same {@code type} fails twice) is
     * reported once, and a value of the wrong type is not also said to be outside an enumeration,
     * pattern, format or range, which adds nothing to "null found, string expected".
     */
    private static List<Finding> map(List<Error> errors, Located where) {
        Set<String> mistyped = new HashSet<>();
        for (Error e : errors) {
            if ("type".equals(e.getKeyword())) {
                mistyped.add(e.getInstanceLocation().toString());
            }
        }
        List<Finding> out = new ArrayList<>(errors.size());
        Set<List<Object>> said = new HashSet<>();
        for (Error e : errors) {
            String rel = e.getInstanceLocation().toString();
            Map<String, String> p = new LinkedHashMap<>();
            String rule;
            String keyword = e.getKeyword() == null ? "" : e.getKeyword();
            if (mistyped.contains(rel) && (VALUE_KEYWORDS.contains(keyword) || RANGE_KEYWORDS.contains(keyword))) {
                continue;
            }
            Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
            switch (keyword) {
                case "required" -> {
                    rule = "schema.required";
                    p.put("property", String.valueOf(e.getProperty()));
                }
                case "additionalProperties", "unevaluatedProperties" -> {
                    rule = "schema.additional-property";
                    p.put("property", String.valueOf(e.getProperty()));
                    rel = rel + "/" + escape(String.valueOf(e.getProperty()));
                }
                case "type" -> {
                    rule = "schema.type";
                    p.put("found", args.length > 0 ? String.valueOf(args[0]) : jsonType(e.getInstanceNode()));
                    p.put("expected", args.length > 1 ? String.valueOf(args[1]) : String.valueOf(e.getSchemaNode()));
                    p.put("foundFr", Texts.STANDARD.jsonTypeFr(p.get("found")));
                    p.put("expectedFr", Texts.STANDARD.jsonTypeFr(p.get("expected")));
                }
                case "enum", "const" -> {
                    rule = "schema.enum";
                    p.put("value", scalar(e.getInstanceNode()));
                    p.put("allowed", String.valueOf(e.getSchemaNode()));
                    p.put("allowedFr", allowedFr(e.getSchemaNode()));
                }
                case "pattern" -> {
                    rule = "schema.pattern";
                    p.put("value", scalar(e.getInstanceNode()));
                    p.put("pattern", args.length > 0 ? String.valueOf(args[0]) : String.valueOf(e.getSchemaNode()));
                }
                case "format" -> {
                    rule = "schema.format";
                    p.put("value", scalar(e.getInstanceNode()));
                    p.put("format", args.length > 0 ? String.valueOf(args[0]) : String.valueOf(e.getSchemaNode()));
                    p.put("formatFr", Texts.STANDARD.formatFr(p.get("format")));
                }
                default -> {
                    if (!RANGE_KEYWORDS.contains(keyword)) {
                        throw new IllegalStateException("schema keyword '" + keyword + "' has no rule, yet SchemaKeywords let "
                                + "the schemas use it: " + e.getMessage());
                    }
                    rule = "schema.range";
                    if (!keyword.endsWith("Items") && !keyword.endsWith("Properties")) {
                        p.put("value", scalar(e.getInstanceNode())); // a number or a string; not a whole array or object
                    }
                    p.put("detail", e.getMessage());
                    p.put("detailFr", rangeFr(keyword, String.valueOf(e.getSchemaNode())));
                }
            }
            if (said.add(List.of(rule, rel, p))) {
                out.add(where.finding(rule, p, rel));
            }
        }
        return out;
    }

    private static String rangeFr(String keyword, String bound) {
        return switch (keyword) {
            case "minimum" -> "doit valoir au moins " + bound;
            case "maximum" -> "doit valoir au plus " + bound;
            case "exclusiveMinimum" -> "doit valoir plus de " + bound;
            case "exclusiveMaximum" -> "doit valoir moins de " + bound;
            case "minLength" -> "doit avoir au moins " + bound + " caractère(s)";
            case "maxLength" -> "doit avoir au plus " + bound + " caractère(s)";
            case "minItems" -> "doit avoir au moins " + bound + " élément(s)";
            case "maxItems" -> "doit avoir au plus " + bound + " élément(s)";
            case "minProperties" -> "doit avoir au moins " + bound + " membre(s)";
            case "maxProperties" -> "doit avoir au plus " + bound + " membre(s)";
            default -> "doit être un multiple de " + bound;
        };
    }

    /** The codes an {@code enum} or {@code const} admits, each quoted as French quotes data: « commune », « epci ». */
    private static String allowedFr(JsonNode schema) {
        if (schema == null) {
            return "";
        }
        List<String> codes = new ArrayList<>();
        if (schema.isArray()) {
            for (JsonNode c : schema) {
                codes.add("« " + scalar(c) + " »");
            }
        } else {
            codes.add("« " + scalar(schema) + " »");
        }
        return String.join(", ", codes);
    }

    private static String scalar(JsonNode n) {
        if (n == null) {
            return "";
        }
        return n.isString() ? n.stringValue() : n.toString();
    }

    private static String jsonType(JsonNode n) {
        return n == null ? "null" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
