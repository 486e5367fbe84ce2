package org.maillage.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;

/**
 * What a member of the schemas is, in the words of the domain rather than of JSON: where a
 * {@code type} check fails, «le schéma attend une valeur de la liste de codes « finess-category »
 * (un objet qui nomme la liste et le code)» says more than «un objet». A member is a value of an
 * open codelist (an object with {@code list} and {@code code}), a list of them, a code of a closed
 * list (a string with an {@code enum}), a list of codes, a date or a date and time; anything else
 * has no such words and keeps its JSON type. Read from the schemas themselves, following
 * {@code $ref} under the base IRI. Immutable and thread-safe.
 */
public final class SchemaExpectations {

    /**
     * What is expected, in both languages.
     *
     * @param en in English, for example {@code a list of codes}
     * @param fr in French, for example {@code une liste de codes}
     */
    public record Expectation(String en, String fr) {
        /** Requires both. */
        public Expectation {
            Objects.requireNonNull(en, "en");
            Objects.requireNonNull(fr, "fr");
        }
    }

    private static final int MAX_REFS = 16;

    private final String base;
    private final String dir;
    private final ClassLoader loader;
    private final Map<String, JsonNode> files = new ConcurrentHashMap<>();

    /**
     * @param baseIri the base IRI of the schemas ({@code https://schemas.maillage.org/1.0/})
     * @param classpathDir the class-path folder that serves it
     * @param loader the class loader to read it from
     */
    public SchemaExpectations(String baseIri, String classpathDir, ClassLoader loader) {
        this.base = baseIri.endsWith("/") ? baseIri : baseIri + "/";
        this.dir = classpathDir.endsWith("/") ? classpathDir : classpathDir + "/";
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * What the schema expects where a keyword failed.
     *
     * @param keywordLocation the absolute location of the failed keyword, as the schema validator
     *     gives it: {@code https://schemas.maillage.org/1.0/facility.schema.json#/properties/category/type}
     * @return the words for the subschema that holds the keyword, or empty when it is none of the
     *     kinds above (or not under the base IRI)
     */
    public Optional<Expectation> at(String keywordLocation) {
        int hash = keywordLocation.indexOf('#');
        String iri = hash < 0 ? keywordLocation : keywordLocation.substring(0, hash);
        String pointer = hash < 0 ? "" : keywordLocation.substring(hash + 1);
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        JsonNode node = node(iri, pointer.substring(0, slash));
        return node == null ? Optional.empty() : describe(iri, node);
    }

    /**
     * What was found where a {@code type} check failed, in French, as the schema layer's message
     * says it: «la valeur est {@code …} alors que le schéma attend …». A JSON type is its French
     * words («une liste»); null is «nulle (« null »)», not the noun «la valeur nulle» that other
     * messages use («trouvé : la valeur nulle») and that this one would repeat («la valeur est la
     * valeur nulle»). The literal is quoted: «nulle» alone also means zero.
     *
     * @param found the JSON type found, with or without its English article ({@code null}, {@code an array})
     * @return the French words
     */
    public static String foundFr(String found) {
        String key = "found-type." + String.valueOf(found).replaceFirst("^an? ", "");
        return Texts.STANDARD.contains(key) ? Texts.STANDARD.fr(key) : Texts.STANDARD.jsonTypeFr(found);
    }

    private Optional<Expectation> describe(String iri, JsonNode n) {
        Located at = resolve(iri, n);
        if (at == null) {
            return Optional.empty();
        }
        JsonNode s = at.node;
        String list = codelist(at.iri, s);
        if (list != null) {
            return Optional.of(list.isEmpty()
                    ? new Expectation("a value of a codelist (an object naming the list and the code)",
                            "une valeur d'une liste de codes (un objet qui nomme la liste et le code)")
                    : new Expectation("a value of the codelist '" + list + "' (an object naming the list and the code)",
                            "une valeur de la liste de codes « " + list + " » (un objet qui nomme la liste et le code)"));
        }
        if (isType(s, "array") && s.has("items")) {
            Located items = resolve(at.iri, s.get("items"));
            if (items != null) {
                String itemList = codelist(items.iri, items.node);
                if (itemList != null) {
                    return Optional.of(itemList.isEmpty()
                            ? new Expectation("a list of codelist values", "une liste de valeurs de listes de codes")
                            : new Expectation("a list of values of the codelist '" + itemList + "'",
                                    "une liste de valeurs de la liste de codes « " + itemList + " »"));
                }
                if (isType(items.node, "string") && items.node.has("enum")) {
                    return Optional.of(new Expectation("a list of codes", "une liste de codes"));
                }
            }
            return Optional.empty();
        }
        if (isType(s, "string") && s.has("enum")) {
            return Optional.of(new Expectation("a code", "un code"));
        }
        if (isType(s, "string") && s.has("format")) {
            return switch (s.get("format").asString()) {
                case "date" -> Optional.of(new Expectation("a date (YYYY-MM-DD)", "une date (AAAA-MM-JJ)"));
                case "date-time" -> Optional.of(new Expectation("a date and time", "une date et heure"));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** The codelist a subschema holds a value of: its name, "" when any list, null when it is no codelist value. */
    private String codelist(String iri, JsonNode s) {
        JsonNode props = s.get("properties");
        if (props == null || !props.has("list") || !props.has("code")) {
            return null;
        }
        Located list = resolve(iri, props.get("list"));
        JsonNode c = list == null ? null : list.node.get("const");
        return c != null && c.isString() ? c.asString() : "";
    }

    private static boolean isType(JsonNode s, String type) {
        JsonNode t = s.get("type");
        return t != null && t.isString() && t.asString().equals(type);
    }

    private record Located(String iri, JsonNode node) {}

    /** A subschema with its {@code $ref}s followed (a subschema that has properties or items of its own is itself). */
    private Located resolve(String iri, JsonNode n) {
        String at = iri;
        JsonNode node = n;
        for (int i = 0; i < MAX_REFS && node != null; i++) {
            JsonNode ref = node.get("$ref");
            if (ref == null || !ref.isString() || node.has("properties") || node.has("items") || node.has("enum")) {
                return new Located(at, node);
            }
            String r = ref.asString();
            int hash = r.indexOf('#');
            String target = hash < 0 ? r : r.substring(0, hash);
            at = target.isEmpty() ? at : target.startsWith(base) ? target : base + target;
            node = node(at, hash < 0 ? "" : r.substring(hash + 1));
        }
        return node == null ? null : new Located(at, node);
    }

    /** The node at a JSON Pointer in a schema file under the base, or null. */
    private JsonNode node(String iri, String pointer) {
        if (!iri.startsWith(base)) {
            return null;
        }
        JsonNode root = files.computeIfAbsent(iri.substring(base.length()), this::read);
        if (root == null || root.isMissingNode()) {
            return null;
        }
        JsonNode n = pointer.isEmpty() ? root : root.at(pointer);
        return n.isMissingNode() ? null : n;
    }

    private JsonNode read(String file) {
        try (InputStream in = loader.getResourceAsStream(dir + file)) {
            return in == null ? MaillageJson.mapper().missingNode() : MaillageJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
