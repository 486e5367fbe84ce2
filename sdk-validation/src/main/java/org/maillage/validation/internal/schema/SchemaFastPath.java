package org.maillage.validation.internal.schema;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.maillage.json.internal.ValueShape;
import org.maillage.json.internal.IsoDates;
import tools.jackson.databind.JsonNode;

/**
 * A conservative fast path of the SCHEMA layer, compiled once from the same schema documents the
 * networknt validator uses, for the subset of JSON Schema 2020-12 those documents use (type,
 * {@code $ref}, properties, required, additionalProperties, items, enum, const, pattern, the
 * length, size and numeric bounds, and the {@code date} format).
 *
 * <p>It answers "certainly valid" or "not sure", never "invalid": when it is not sure, networknt
 * validates the entity and gives the findings, so every finding still comes from networknt, with
 * its wording and locations. Wherever networknt's behaviour is subtle (an integer written
 * {@code 2.0}, a number against an enum, a format other than {@code date}) the fast path says
 * "not sure". Patterns are compiled by networknt's own JDK regular-expression factory, so they
 * match exactly as networknt matches them. A schema that uses anything else does not compile, and
 * its family always goes through networknt. A differential test runs both on valid and mutated
 * entities and checks that "certainly valid" is never wrong.
 *
 * <p>Immutable once compiled, and thread-safe.
 */
final class SchemaFastPath {

    /** A compiled (sub)schema. */
    @FunctionalInterface
    interface Check {
        /**
         * @param node an instance
         * @return true only when the instance certainly satisfies the schema
         */
        boolean passes(JsonNode node);
    }

    /** A keyword or construct the fast path does not handle. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    /** Keywords that only annotate: they never change validity. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "definitions", "$comment",
            "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly");

    private final String baseIri;
    private final String classpathDir;
    private final Map<String, JsonNode> documents = new HashMap<>();
    /** Reads a schema document from the class path by resource name: null when there is none. */
    private final java.util.function.Function<String, JsonNode> reader;
    private final Map<String, RefCheck> refs = new HashMap<>();

    private SchemaFastPath(String baseIri, String classpathDir, java.util.function.Function<String, JsonNode> reader) {
        this.baseIri = baseIri;
        this.classpathDir = classpathDir;
        this.reader = reader;
    }

    /**
     * Compiles the fast path of one schema document, its documents read through a shared reader.
     *
     * @param baseIri the base IRI the schemas' {@code $id}s start with (ends with a slash)
     * @param classpathDir the class-path folder that IRI maps to (ends with a slash)
     * @param reader reads a document by class-path resource name (null when there is none); may cache
     * @param file the schema's file name
     * @return the check, or empty when the schema uses something the fast path does not handle
     */
    static Optional<Check> compile(String baseIri, String classpathDir, java.util.function.Function<String, JsonNode> reader,
            String file) {
        try {
            return Optional.of(new SchemaFastPath(baseIri, classpathDir, reader).ref(URI.create(baseIri + file)));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /**
     * Compiles the fast path of a schema document held in memory, under a name of its own.
     *
     * @param baseIri the base IRI the schemas' {@code $id}s start with (ends with a slash)
     * @param classpathDir the class-path folder that IRI maps to (ends with a slash)
     * @param reader reads the documents it refers to by class-path resource name; may cache
     * @param file the document's name under the base IRI
     * @param document the document
     * @return the check, or empty when the schema uses something the fast path does not handle
     */
    static Optional<Check> compile(String baseIri, String classpathDir, java.util.function.Function<String, JsonNode> reader,
            String file, JsonNode document) {
        SchemaFastPath c = new SchemaFastPath(baseIri, classpathDir, reader);
        c.documents.put(baseIri + file, document);
        try {
            return Optional.of(c.ref(URI.create(baseIri + file)));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** Why a schema has no fast path; for tests and diagnostics. */
    static String whyNot(String baseIri, String classpathDir, ClassLoader loader, String file) {
        try {
            new SchemaFastPath(baseIri, classpathDir, resource -> SchemaKeywords.read(loader, resource)).ref(URI.create(baseIri + file));
            return "";
        } catch (Unsupported e) {
            return e.getMessage();
        }
    }

    /**
     * Compiles the {@link ValueShape} of one schema document: what the token binder checks while it
     * binds, the same keywords as the fast path, with the same tests.
     *
     * @param baseIri the base IRI the schemas' {@code $id}s start with (ends with a slash)
     * @param classpathDir the class-path folder that IRI maps to (ends with a slash)
     * @param reader reads a document by class-path resource name (null when there is none); may cache
     * @param file the schema's file name, e.g. {@code observation.schema.json}
     * @return the shape, or empty when the schema uses something a shape does not model (then every
     *     entity of the family takes the full path)
     */
    static Optional<ValueShape> shape(String baseIri, String classpathDir, java.util.function.Function<String, JsonNode> reader,
            String file) {
        try {
            return Optional.of(new SchemaFastPath(baseIri, classpathDir, reader).shapeRef(URI.create(baseIri + file)));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    // ---- compilation ---------------------------------------------------------------------------

    /** A reference, compiled once per target; recursive schemas point back to the holder. */
    private static final class RefCheck implements Check {
        private Check target;

        @Override
        public boolean passes(JsonNode node) {
            return target.passes(node);
        }
    }

    private Check ref(URI iri) throws Unsupported {
        String key = iri.toString();
        RefCheck existing = refs.get(key);
        if (existing != null) {
            return existing;
        }
        RefCheck holder = new RefCheck();
        refs.put(key, holder);
        holder.target = schema(target(iri), withoutFragment(iri), key);
        return holder;
    }

    /** The schema a reference names: its document, or the node its JSON Pointer fragment names there. */
    private JsonNode target(URI iri) throws Unsupported {
        JsonNode target = document(withoutFragment(iri));
        String fragment = iri.getRawFragment();
        if (fragment != null && !fragment.isEmpty()) {
            if (!fragment.startsWith("/")) {
                throw new Unsupported("anchor reference " + iri);
            }
            target = target.at(decodePercent(fragment));
            if (target.isMissingNode()) {
                throw new Unsupported("unresolved reference " + iri);
            }
        }
        return target;
    }

    /** The base IRI inside a schema: its {@code $id} resolved against the outer base, or the outer base. */
    private static URI baseOf(JsonNode s, URI base, String where) throws Unsupported {
        JsonNode id = s.get("$id");
        if (id == null) {
            return base;
        }
        if (!id.isString()) {
            throw new Unsupported("$id that is not a string at " + where);
        }
        return withoutFragment(base.resolve(id.stringValue()));
    }

    /** The IRI a {@code $ref} names, resolved against the base. */
    private static URI refIri(JsonNode v, URI base, String where) throws Unsupported {
        if (!v.isString()) {
            throw new Unsupported("$ref that is not a string at " + where);
        }
        return base.resolve(v.stringValue());
    }

    private JsonNode document(URI iri) throws Unsupported {
        String s = iri.toString();
        JsonNode cached = documents.get(s);
        if (cached != null) {
            return cached;
        }
        if (!s.startsWith(baseIri)) {
            throw new Unsupported("reference outside the bundled schemas: " + s);
        }
        String resource = classpathDir + s.substring(baseIri.length());
        JsonNode doc = reader.apply(resource);
        if (doc == null) {
            throw new Unsupported("no schema at " + resource);
        }
        documents.put(s, doc);
        return doc;
    }

    private Check schema(JsonNode s, URI base, String where) throws Unsupported {
        if (s.isBoolean()) {
            return s.booleanValue() ? n -> true : n -> false;
        }
        if (!s.isObject()) {
            throw new Unsupported("not a schema at " + where);
        }
        URI b = baseOf(s, base, where);
        List<Check> checks = new ArrayList<>();
        Map<String, Check> properties = null;
        Check additional = null;
        boolean closed = false;
        List<String> required = List.of();
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (ANNOTATIONS.contains(k)) {
                continue;
            }
            switch (k) {
                case "type" -> checks.add(type(v, where));
                case "$ref" -> checks.add(ref(refIri(v, b, where)));
                case "properties" -> {
                    properties = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> p : v.properties()) {
                        properties.put(p.getKey(), schema(p.getValue(), b, where + "/properties/" + p.getKey()));
                    }
                }
                case "additionalProperties" -> {
                    if (v.isBoolean() && !v.booleanValue()) {
                        closed = true;
                    } else {
                        additional = schema(v, b, where + "/additionalProperties");
                    }
                }
                case "required" -> required = strings(v, where);
                case "items" -> checks.add(items(schema(v, b, where + "/items")));
                case "minItems" -> checks.add(minItems(count(v, where)));
                case "maxItems" -> checks.add(maxItems(count(v, where)));
                case "minLength" -> checks.add(minLength(count(v, where)));
                case "maxLength" -> checks.add(maxLength(count(v, where)));
                case "pattern" -> checks.add(pattern(v, where));
                case "format" -> checks.add(format(v, where));
                case "enum" -> checks.add(oneOfValues(values(v, where)));
                case "const" -> checks.add(oneOfValues(List.of(v)));
                case "minimum" -> checks.add(bound(v, where, true));
                case "maximum" -> checks.add(bound(v, where, false));
                default -> throw new Unsupported("keyword " + k + " at " + where);
            }
        }
        if (properties != null || additional != null || closed || !required.isEmpty()) {
            checks.add(object(properties == null ? Map.of() : Map.copyOf(properties), additional, closed,
                    List.copyOf(required)));
        }
        return all(checks);
    }

    private static Check all(List<Check> checks) {
        Check[] a = checks.toArray(new Check[0]);
        return switch (a.length) {
            case 0 -> n -> true;
            case 1 -> a[0];
            default -> n -> {
                for (Check c : a) {
                    if (!c.passes(n)) {
                        return false;
                    }
                }
                return true;
            };
        };
    }

    // ---- shapes --------------------------------------------------------------------------------

    private final Map<String, ValueShape> shapes = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();

    private ValueShape shapeRef(URI iri) throws Unsupported {
        String key = iri.toString();
        ValueShape known = shapes.get(key);
        if (known != null) {
            return known;
        }
        if (!resolving.add(key)) {
            throw new Unsupported("recursive reference " + key);
        }
        ValueShape shape = shapeOf(target(iri), withoutFragment(iri), key);
        resolving.remove(key);
        shapes.put(key, shape);
        return shape;
    }

    /** A shape being put together from a schema's keywords and the schemas it refers to. */
    private static final class Draft {
        int types = ValueShape.ANY_TYPE;
        final List<Predicate<String>> strings = new ArrayList<>();
        boolean stringsUnsure;
        final List<ValueShape.NumberCheck> numbers = new ArrayList<>();
        boolean enumerated;
        boolean object;
        Map<String, ValueShape> properties;
        boolean closed;
        boolean otherMembersUnsure;
        List<String> required = List.of();
        ValueShape items;
        int minItems;
        int maxItems = Integer.MAX_VALUE;

        /** Adds what another schema (a {@code $ref}'s target) asks: both must hold. */
        void and(ValueShape o, String where) throws Unsupported {
            types &= o.types();
            if (o.string() != null) {
                strings.add(o.string());
            }
            stringsUnsure |= o.stringsUnsure();
            if (o.number() != null) {
                numbers.add(o.number());
            }
            enumerated |= o.enumerated();
            if (o.properties() != null || o.closed() || o.otherMembersUnsure() || !o.required().isEmpty()) {
                objectPart(where);
                properties = o.properties();
                closed = o.closed();
                otherMembersUnsure = o.otherMembersUnsure();
                required = o.required();
            }
            if (o.items() != null) {
                itemsPart(where);
                items = o.items();
            }
            minItems = Math.max(minItems, o.minItems());
            maxItems = Math.min(maxItems, o.maxItems());
        }

        void objectPart(String where) throws Unsupported {
            if (object) {
                throw new Unsupported("object keywords in two conjoined schemas at " + where);
            }
            object = true;
        }

        void itemsPart(String where) throws Unsupported {
            if (items != null) {
                throw new Unsupported("items in two conjoined schemas at " + where);
            }
        }

        ValueShape build() {
            Predicate<String> string = switch (strings.size()) {
                case 0 -> null;
                case 1 -> strings.get(0);
                default -> {
                    List<Predicate<String>> all = List.copyOf(strings);
                    yield v -> {
                        for (Predicate<String> t : all) {
                            if (!t.test(v)) {
                                return false;
                            }
                        }
                        return true;
                    };
                }
            };
            ValueShape.NumberCheck number = switch (numbers.size()) {
                case 0 -> null;
                case 1 -> numbers.get(0);
                default -> {
                    List<ValueShape.NumberCheck> all = List.copyOf(numbers);
                    yield (integral, decimal, d) -> {
                        for (ValueShape.NumberCheck c : all) {
                            if (!c.passes(integral, decimal, d)) {
                                return false;
                            }
                        }
                        return true;
                    };
                }
            };
            return new ValueShape(types, string, stringsUnsure, number, enumerated, properties, closed, otherMembersUnsure,
                    required, items, minItems, maxItems);
        }
    }

    private ValueShape shapeOf(JsonNode s, URI base, String where) throws Unsupported {
        if (s.isBoolean()) {
            if (s.booleanValue()) {
                return ValueShape.ANY;
            }
            throw new Unsupported("false schema at " + where);
        }
        if (!s.isObject()) {
            throw new Unsupported("not a schema at " + where);
        }
        URI b = baseOf(s, base, where);
        Draft d = new Draft();
        Map<String, ValueShape> properties = null;
        boolean closed = false;
        boolean otherMembersUnsure = false;
        List<String> required = List.of();
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (ANNOTATIONS.contains(k)) {
                continue;
            }
            switch (k) {
                case "type" -> d.types &= typeMask(v, where);
                case "$ref" -> d.and(shapeRef(refIri(v, b, where)), where);
                case "properties" -> {
                    properties = new HashMap<>();
                    for (Map.Entry<String, JsonNode> p : v.properties()) {
                        properties.put(p.getKey(), shapeOf(p.getValue(), b, where + "/properties/" + p.getKey()));
                    }
                }
                case "additionalProperties" -> {
                    if (v.isBoolean() && !v.booleanValue()) {
                        closed = true;
                    } else if (!(v.isBoolean() && v.booleanValue())) {
                        otherMembersUnsure = true;
                    }
                }
                case "required" -> required = strings(v, where);
                case "items" -> {
                    d.itemsPart(where);
                    d.items = shapeOf(v, b, where + "/items");
                }
                case "minItems" -> d.minItems = Math.max(d.minItems, count(v, where));
                case "maxItems" -> d.maxItems = Math.min(d.maxItems, count(v, where));
                case "minLength" -> {
                    int min = count(v, where);
                    d.strings.add(t -> codePoints(t) >= min);
                }
                case "maxLength" -> {
                    int max = count(v, where);
                    d.strings.add(t -> codePoints(t) <= max);
                }
                case "pattern" -> d.strings.add(patternTest(v, where));
                case "format" -> {
                    Predicate<String> test = formatTest(v, where);
                    if (test == null) {
                        d.stringsUnsure = true;
                    } else {
                        d.strings.add(test);
                    }
                }
                case "enum", "const" -> {
                    Set<String> allowed = new HashSet<>();
                    for (JsonNode value : k.equals("enum") ? values(v, where) : List.of(v)) {
                        if (value.isString()) {
                            allowed.add(value.stringValue());
                        }
                    }
                    Set<String> a = Set.copyOf(allowed);
                    d.strings.add(a::contains);
                    d.enumerated = true;
                }
                case "minimum" -> d.numbers.add(boundTest(v, where, true));
                case "maximum" -> d.numbers.add(boundTest(v, where, false));
                default -> throw new Unsupported("keyword " + k + " at " + where);
            }
        }
        if (properties != null || closed || otherMembersUnsure || !required.isEmpty()) {
            d.objectPart(where);
            d.properties = properties == null ? Map.of() : properties;
            d.closed = closed;
            d.otherMembersUnsure = otherMembersUnsure;
            d.required = List.copyOf(required);
        }
        return d.build();
    }

    private static int typeMask(JsonNode v, String where) throws Unsupported {
        int mask = 0;
        for (String t : v.isArray() ? strings(v, where) : List.of(text(v, where))) {
            mask |= switch (t) {
                case "object" -> ValueShape.TYPE_OBJECT;
                case "array" -> ValueShape.TYPE_ARRAY;
                case "string" -> ValueShape.TYPE_STRING;
                case "boolean" -> ValueShape.TYPE_BOOLEAN;
                case "null" -> ValueShape.TYPE_NULL;
                case "number" -> ValueShape.TYPE_NUMBER | ValueShape.TYPE_INTEGER;
                // a number written 2.0 is an integer for JSON Schema: the binder leaves it to networknt
                case "integer" -> ValueShape.TYPE_INTEGER;
                default -> throw new Unsupported("type " + t + " at " + where);
            };
        }
        return mask;
    }

    // ---- keywords ------------------------------------------------------------------------------

    private static Check type(JsonNode v, String where) throws Unsupported {
        List<String> types = v.isArray() ? strings(v, where) : List.of(text(v, where));
        List<Check> any = new ArrayList<>();
        for (String t : types) {
            any.add(switch (t) {
                case "object" -> JsonNode::isObject;
                case "array" -> JsonNode::isArray;
                case "string" -> JsonNode::isString;
                case "boolean" -> JsonNode::isBoolean;
                case "null" -> JsonNode::isNull;
                case "number" -> JsonNode::isNumber;
                // 2.0 is an integer for JSON Schema; leave such values to networknt
                case "integer" -> JsonNode::isIntegralNumber;
                default -> throw new Unsupported("type " + t + " at " + where);
            });
        }
        Check[] a = any.toArray(new Check[0]);
        return a.length == 1 ? a[0] : n -> {
            for (Check c : a) {
                if (c.passes(n)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Check object(Map<String, Check> properties, Check additional, boolean closed,
            List<String> required) {
        String[] req = required.toArray(new String[0]);
        return n -> {
            if (!n.isObject()) {
                return true;
            }
            for (String r : req) {
                if (!n.has(r)) {
                    return false;
                }
            }
            for (Map.Entry<String, JsonNode> m : n.properties()) {
                Check c = properties.get(m.getKey());
                if (c == null) {
                    if (closed || (additional != null && !additional.passes(m.getValue()))) {
                        return false;
                    }
                } else if (!c.passes(m.getValue())) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Check items(Check item) {
        return n -> {
            if (!n.isArray()) {
                return true;
            }
            for (JsonNode i : n) {
                if (!item.passes(i)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Check minItems(int min) {
        return n -> !n.isArray() || n.size() >= min;
    }

    private static Check maxItems(int max) {
        return n -> !n.isArray() || n.size() <= max;
    }

    private static Check minLength(int min) {
        return onStrings(v -> codePoints(v) >= min);
    }

    private static Check maxLength(int max) {
        return onStrings(v -> codePoints(v) <= max);
    }

    /** A check of string values only; other values pass. */
    private static Check onStrings(Predicate<String> test) {
        return n -> !n.isString() || test.test(n.stringValue());
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static Check pattern(JsonNode v, String where) throws Unsupported {
        return onStrings(patternTest(v, where));
    }

    /** A pattern as networknt matches it. */
    private static Predicate<String> patternTest(JsonNode v, String where) throws Unsupported {
        String p = text(v, where);
        Optional<Predicate<String>> simple = SimplePattern.compile(p);
        if (simple.isPresent()) {
            return simple.get();
        }
        RegularExpression re;
        try {
            re = JDKRegularExpressionFactory.getInstance().getRegularExpression(p);
        } catch (RuntimeException e) {
            throw new Unsupported("pattern " + p + " at " + where + ": " + e.getMessage());
        }
        return re::matches;
    }

    private static Check format(JsonNode v, String where) throws Unsupported {
        Predicate<String> test = formatTest(v, where);
        return test == null ? n -> !n.isString() : onStrings(test);
    }

    /**
     * A format's test of strings: {@code date} is a subset of networknt's date format
     * (LocalDate.parse, years 0 to 9999); {@code uri} a subset of networknt's (an absolute,
     * ASCII-only {@code java.net.URI}): {@code http} or {@code https}, a host of lower-case
     * letters, digits, dots and hyphens, and a path of unreserved characters and slashes, no
     * query, fragment or percent sign; {@code date-time} a subset of RFC 3339 (upper-case
     * {@code T} and {@code Z}, a year from 1000, seconds below 60, a date and time that exist);
     * null for the others, whose subtle rules networknt decides.
     */
    private static Predicate<String> formatTest(JsonNode v, String where) throws Unsupported {
        return switch (text(v, where)) {
            case "date" -> d -> IsoDates.parseOrNull(d) != null;
            case "uri" -> u -> SIMPLE_URI.matcher(u).matches();
            case "date-time" -> SchemaFastPath::simpleDateTime;
            default -> null;
        };
    }

    private static final java.util.regex.Pattern SIMPLE_DATE_TIME = java.util.regex.Pattern.compile(
            "[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])");

    private static boolean simpleDateTime(String s) {
        if (!SIMPLE_DATE_TIME.matcher(s).matches()) {
            return false;
        }
        try {
            java.time.OffsetDateTime.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern SIMPLE_URI =
            java.util.regex.Pattern.compile("https?://[a-z0-9][a-z0-9.-]*(/[A-Za-z0-9._~/-]*)?");

    private static Check oneOfValues(List<JsonNode> values) {
        Set<String> strings = new HashSet<>();
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode v : values) {
            if (v.isString()) {
                strings.add(v.stringValue());
            } else {
                others.add(v);
            }
        }
        Set<String> s = Set.copyOf(strings);
        List<JsonNode> o = List.copyOf(others);
        return n -> {
            if (n.isString()) {
                return s.contains(n.stringValue());
            }
            if (n.isNumber() || n.isContainer()) {
                // number equality (1 against 1.0) and nested values: networknt decides
                return false;
            }
            return o.contains(n);
        };
    }

    /** minimum or maximum: exact on integers; on decimals, only when every reading of the value agrees. */
    private static Check bound(JsonNode v, String where, boolean lower) throws Unsupported {
        ValueShape.NumberCheck check = boundTest(v, where, lower);
        return n -> !n.isNumber() || (n.isIntegralNumber() ? check.passes(true, new BigDecimal(n.bigIntegerValue()), 0)
                : check.passes(false, n.decimalValue(), n.doubleValue()));
    }

    private static ValueShape.NumberCheck boundTest(JsonNode v, String where, boolean lower) throws Unsupported {
        if (!v.isNumber()) {
            throw new Unsupported("bound that is not a number at " + where);
        }
        BigDecimal bound = v.decimalValue();
        double boundDouble = v.doubleValue();
        return (integral, decimal, d) -> {
            if (integral) {
                int c = decimal.compareTo(bound);
                return lower ? c >= 0 : c <= 0;
            }
            if (!Double.isFinite(d)) {
                return false;
            }
            int exact = new BigDecimal(d).compareTo(bound);
            int written = decimal.compareTo(bound);
            int asDouble = Double.compare(d, boundDouble);
            return lower ? exact >= 0 && written >= 0 && asDouble >= 0 : exact <= 0 && written <= 0 && asDouble <= 0;
        };
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static int count(JsonNode v, String where) throws Unsupported {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw new Unsupported("count that is not a non-negative integer at " + where);
        }
        return v.intValue();
    }

    private static String text(JsonNode v, String where) throws Unsupported {
        if (!v.isString()) {
            throw new Unsupported("string expected at " + where);
        }
        return v.stringValue();
    }

    private static List<String> strings(JsonNode v, String where) throws Unsupported {
        if (!v.isArray()) {
            throw new Unsupported("array of strings expected at " + where);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode i : v) {
            out.add(text(i, where));
        }
        return out;
    }

    private static List<JsonNode> values(JsonNode v, String where) throws Unsupported {
        if (!v.isArray()) {
            throw new Unsupported("enum that is not an array at " + where);
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    private static URI withoutFragment(URI iri) {
        String s = iri.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? iri : URI.create(s.substring(0, hash));
    }

    private static String decodePercent(String fragment) {
        return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
