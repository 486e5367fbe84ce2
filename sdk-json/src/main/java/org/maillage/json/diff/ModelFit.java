package org.maillage.json.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * Whether a JSON document survives reading into the model: what, if anything, the model could not
 * hold. The model drops members it does not know (the schema layer of the validator reports them,
 * reading does not) and may read a value of the wrong type as something else; a tool that reads
 * a document, changes it and writes it back (applying a patch) must not lose either silently.
 *
 * <p>The document is compared with its canonical form as written back from the model, up to what
 * the canonical form does not distinguish: a member that is null, absent or an empty list is the
 * same; numbers are compared by value ({@code 2.50} and {@code 2.5}); instants by the instant
 * they name ({@code 10:00:00+01:00} and {@code 09:00:00Z}). Thread-safe (stateless).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ModelFit {
    private ModelFit() {}

    /**
     * The first place where a document and its canonical form as read back differ.
     *
     * @param document the document as written (or patched)
     * @param readBack the canonical JSON of the model read from it
     * @return a JSON Pointer into the document and what happened to the value there, for example
     *     {@code /territories/0/mayor: "X" is dropped when read into the model (…)}; empty when nothing is lost
     */
    public static Optional<String> loss(JsonNode document, JsonNode readBack) {
        return Optional.ofNullable(compare(document, readBack, ""));
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || (n.isArray() && n.isEmpty());
    }

    private static String compare(JsonNode a, JsonNode b, String at) {
        if (absent(a) && absent(b)) {
            return null;
        }
        if (absent(b)) {
            if (b == null || b.isMissingNode()) {
                return at + ": " + excerpt(a) + " is dropped when read into the model (a member the model does not know,"
                        + " or a value of the wrong type)";
            }
            return at + ": " + excerpt(a) + " (" + kind(a) + ") is read as " + excerpt(b) + " (" + kind(b) + ")";
        }
        if (absent(a)) {
            return at + ": the model reads a value that the document does not hold (" + excerpt(b) + ")";
        }
        if (a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.propertyNames().forEach(names::add);
            b.propertyNames().forEach(names::add);
            for (String name : names) {
                JsonNode x = a.get(name);
                JsonNode y = b.get(name);
                String d = compare(x, y, at + "/" + name.replace("~", "~0").replace("/", "~1"));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return at + ": the list of " + a.size() + " items is read as " + b.size();
            }
            Iterator<JsonNode> i = a.iterator();
            Iterator<JsonNode> j = b.iterator();
            for (int k = 0; i.hasNext(); k++) {
                String d = compare(i.next(), j.next(), at + "/" + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isNumber() && b.isNumber()) {
            BigDecimal x = a.decimalValue();
            BigDecimal y = b.decimalValue();
            return x.compareTo(y) == 0 ? null : at + ": " + excerpt(a) + " is read as " + excerpt(b);
        }
        if (a.isString() && b.isString()) {
            if (a.stringValue().equals(b.stringValue()) || sameInstant(a.stringValue(), b.stringValue())) {
                return null;
            }
            return at + ": " + excerpt(a) + " is read as " + excerpt(b);
        }
        if (a.equals(b)) {
            return null;
        }
        return at + ": " + excerpt(a) + " (" + kind(a) + ") is read as " + excerpt(b) + " (" + kind(b) + ")";
    }

    private static boolean sameInstant(String x, String y) {
        try {
            return OffsetDateTime.parse(x).toInstant().equals(OffsetDateTime.parse(y).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isString()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    private static String excerpt(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
