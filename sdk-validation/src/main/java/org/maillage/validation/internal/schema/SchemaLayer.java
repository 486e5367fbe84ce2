package org.maillage.validation.internal.schema;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
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
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.internal.ValueShape;
import org.maillage.validation.Finding;
import org.maillage.validation.internal.Located;
import org.maillage.validation.internal.SchemaExpectations;
import org.maillage.validation.internal.Texts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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

    /** The networknt schemas, compiled on first use: most runs never need most of them. */
    /**
     * networknt's registry, made on first need: making it loads the draft 2020-12 dialect and every
     * format (e-mail and domain validators with their tables), which a valid file never needs.
     */
    private final java.util.function.Supplier<SchemaRegistry> registryMaker;
    private SchemaRegistry registry;
    private final String base;
    /** Compiled family schemas, by ordinal; null until an entity of the family first needs networknt. */
    private final AtomicReferenceArray<Schema> families = new AtomicReferenceArray<>(EntityFamily.values().length);
    /** The families' fast paths, by ordinal, compiled on first need: an entity the token binder binds needs none. */
    private final AtomicReferenceArray<java.util.Optional<SchemaFastPath.Check>> fastPaths =
            new AtomicReferenceArray<>(EntityFamily.values().length);
    /** The schema documents, each read once from the class path (null values are not kept). */
    private final java.util.function.Function<String, JsonNode> documents;
    /** The envelope's schema document without its entity arrays' {@code items}: compiling it compiles no family schema. */
    private final JsonNode envelopeOnly;
    /** That schema's fast path: a valid envelope needs no networknt at all. Null when it has none. */
    private final SchemaFastPath.Check envelopeFast;
    /** That schema compiled by networknt, on first need. */
    private Schema envelopeWithoutItems;
    /** The whole envelope schema, compiled the first time an envelope holds a family member (not an array). */
    private Schema envelope;
    private final String version;
    private final SchemaExpectations expectations;
    private final String dir;
    private final ClassLoader loader;
    /** The token binder's shapes, by ordinal, compiled on first use; {@link #NO_SHAPE} for a family that has none. */
    private final AtomicReferenceArray<ValueShape> shapes = new AtomicReferenceArray<>(EntityFamily.values().length);
    private static final ValueShape NO_SHAPE = new ValueShape(0, null, true, null, true, null, true, true, List.of(), null, 0, 0);

    public SchemaLayer(String baseIri, String classpathDir, ClassLoader loader) {
        String dir = classpathDir.endsWith("/") ? classpathDir : classpathDir + "/";
        String base = baseIri.endsWith("/") ? baseIri : baseIri + "/";
        this.registryMaker = () -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
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
        Map<String, JsonNode> read = new java.util.concurrent.ConcurrentHashMap<>();
        this.documents = resource -> read.computeIfAbsent(resource, r -> SchemaKeywords.read(loader, r));
        SchemaKeywords.check(documents, dir, base, files);
        this.base = base;
        this.dir = dir;
        this.loader = loader;
        this.envelopeOnly = withoutEntityItems(documents.apply(dir + "dataset.schema.json"), base);
        this.envelopeFast = SchemaFastPath.compile(base, dir, documents, ENVELOPE_ONLY, envelopeOnly).orElse(null);
        this.expectations = new SchemaExpectations(base, dir, loader);
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
        return passesFastPath(family, node) ? List.of() : evaluate(family(family), node, where);
    }

    /**
     * What the family's schema asks of an entity, for the token binder: an entity it binds is one
     * {@link #validate} would find valid without networknt.
     *
     * @param family the family
     * @return the shape, or null when the schema uses something a shape does not model (the
     *     family's entities then take the full path)
     */
    public ValueShape shape(EntityFamily family) {
        ValueShape s = shapes.get(family.ordinal());
        if (s == null) {
            s = SchemaFastPath.shape(base, dir, documents, family.type() + ".schema.json").orElse(NO_SHAPE);
            shapes.compareAndSet(family.ordinal(), null, s);
        }
        return s == NO_SHAPE ? null : s;
    }

    /** The family's networknt schema, compiled on first use (once; workers may ask at the same time). */
    private Schema family(EntityFamily family) {
        Schema s = families.get(family.ordinal());
        if (s == null) {
            synchronized (this) {
                s = families.get(family.ordinal());
                if (s == null) {
                    s = compile(SchemaLocation.of(base + family.type() + ".schema.json"), null);
                    families.set(family.ordinal(), s);
                }
            }
        }
        return s;
    }

    /**
     * The envelope's schema. The envelope a run checks holds no entity array (the reader streams
     * them), so the schema without the arrays' {@code items} judges it exactly as the whole one
     * does, without compiling a family schema; an envelope holding a family member that is not an
     * array (read as an envelope member) gets the whole schema, compiled on first use.
     */
    private Schema envelopeFor(JsonNode node) {
        boolean holdsFamily = holdsFamily(node);
        synchronized (this) {
            if (!holdsFamily) {
                if (envelopeWithoutItems == null) {
                    envelopeWithoutItems = compile(SchemaLocation.of(base + ENVELOPE_ONLY), envelopeOnly);
                }
                return envelopeWithoutItems;
            }
            if (envelope == null) {
                envelope = compile(SchemaLocation.of(base + "dataset.schema.json"), null);
            }
            return envelope;
        }
    }

    /** Whether an envelope holds a family member: one that is not an array was read as an envelope member. */
    private static boolean holdsFamily(JsonNode node) {
        for (EntityFamily f : EntityFamily.values()) {
            if (node.has(f.member())) {
                return true;
            }
        }
        return false;
    }

    /** The name under the base IRI of the envelope's schema without the entity arrays' items. */
    private static final String ENVELOPE_ONLY = "dataset.envelope-only.schema.json";

    private Schema compile(SchemaLocation location, JsonNode document) {
        SchemaRegistry r;
        synchronized (this) {
            if (registry == null) {
                registry = registryMaker.get();
            }
            r = registry;
        }
        Schema s = document == null ? r.getSchema(location) : r.getSchema(location, document);
        s.initializeValidators();
        return s;
    }

    /**
     * The envelope's schema document with its own {@code $id} and without the {@code items} of the
     * entity array members, so that compiling it compiles no family schema.
     */
    private static JsonNode withoutEntityItems(JsonNode dataset, String base) {
        ObjectNode copy = (ObjectNode) dataset.deepCopy();
        copy.put("$id", base + ENVELOPE_ONLY);
        JsonNode properties = copy.get("properties");
        for (EntityFamily f : EntityFamily.values()) {
            if (properties != null && properties.get(f.member()) instanceof ObjectNode member) {
                member.remove("items");
            }
        }
        return copy;
    }

    private List<Finding> evaluate(Schema s, JsonNode node, Located where) {
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
        java.util.Optional<SchemaFastPath.Check> c = fastPaths.get(family.ordinal());
        if (c == null) {
            c = SchemaFastPath.compile(base, dir, documents, family.type() + ".schema.json");
            fastPaths.compareAndSet(family.ordinal(), null, c);
        }
        return c.isPresent() && c.get().passes(node);
    }

    /** Whether the envelope's fast path finds it certainly valid; for the tests that compare it with networknt. */
    boolean passesEnvelopeFastPath(JsonNode node) {
        return envelopeFast != null && envelopeFast.passes(node) && !holdsFamily(node);
    }

    /** networknt's errors for an envelope, without the fast path; for the tests that compare them. */
    List<Error> envelopeNetworkntErrors(JsonNode node) {
        return envelopeFor(node).validate(node);
    }

    /** networknt's errors for one entity, without the fast path; for the tests that compare them. */
    List<Error> networkntErrors(EntityFamily family, JsonNode node) {
        return family(family).validate(node);
    }

    /** Schema errors of the envelope (the root object without its entity arrays). */
    public List<Finding> validateEnvelope(JsonNode node, Located where) {
        if (envelopeFast != null && envelopeFast.passes(node) && !holdsFamily(node)) {
            return List.of();
        }
        return evaluate(envelopeFor(node), node, where);
    }

    /**
     * networknt's errors as findings, each problem once: an error repeated at the same place (a
     * {@code type} beside a {@code $ref} whose target has the same {@code type} fails twice) is
     * reported once, and a value of the wrong type is not also said to be outside an enumeration,
     * pattern, format or range, which adds nothing to "null found, string expected".
     */
    private List<Finding> map(List<Error> errors, Located where) {
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
                    p.put("foundFr", SchemaExpectations.foundFr(p.get("found")));
                    p.put("expectedFr", Texts.STANDARD.jsonTypeFr(p.get("expected")));
                    if (e.getSchemaLocation() != null) {
                        expectations.at(e.getSchemaLocation().toString()).ifPresent(x -> {
                            p.put("expected", x.en());
                            p.put("expectedFr", x.fr());
                        });
                    }
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
