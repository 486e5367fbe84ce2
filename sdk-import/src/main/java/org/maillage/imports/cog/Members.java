package org.maillage.imports.cog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed access to the members of one record, reporting members of the wrong JSON type and members
 * the importer does not know.
 */
final class Members {
    private final ArrayFile.SourceRecord record;
    private final Notes notes;

    Members(ArrayFile.SourceRecord record, Notes notes) {
        this.record = record;
        this.notes = notes;
    }

    ArrayFile.SourceRecord record() {
        return record;
    }

    /**
     * Reports the members of an object (the record, or an object nested in it) that are not in
     * {@code known}.
     */
    void checkKnown(ObjectNode object, String pointer, Set<String> known) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!known.contains(e.getKey())) {
                notes.unknownMember(record, pointer + "/" + escape(e.getKey()), e.getKey());
            }
        }
    }

    /** A string member, or null when absent, reported when of another type. */
    String text(String member) {
        return text(record.json(), member, record.pointer(member));
    }

    String text(ObjectNode object, String member, String pointer) {
        JsonNode v = object.get(member);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            notes.add(record.file(), pointer, record.line(), "'" + member + "' is not a string, not imported");
            return null;
        }
        return v.stringValue();
    }

    /** An integer member, or null when absent, reported when of another type. */
    Long integer(String member) {
        JsonNode v = record.json().get(member);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || v.longValue() < 0) {
            notes.add(record, member, "'" + member + "' is not a non-negative integer, not imported");
            return null;
        }
        return v.longValue();
    }

    /** A member holding an array of strings, empty when absent; other items are reported. */
    List<String> texts(String member) {
        JsonNode v = checked(member, JsonNode::isArray, "an array");
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (item.isString()) {
                out.add(item.stringValue());
            } else {
                notes.add(record, member + "/" + i, "an item of '" + member + "' is not a string, not imported");
            }
        }
        return out;
    }

    /** An object member, or null when absent, reported when of another type. */
    ObjectNode object(String member) {
        return (ObjectNode) checked(member, JsonNode::isObject, "an object");
    }

    /** An array member, or null when absent, reported when of another type. */
    JsonNode array(String member) {
        return checked(member, JsonNode::isArray, "an array");
    }

    /** A member of the JSON type {@code what}, or null when absent or of another type (reported). */
    private JsonNode checked(String member, Predicate<JsonNode> type, String what) {
        JsonNode v = record.json().get(member);
        if (v == null) {
            return null;
        }
        if (!type.test(v)) {
            notes.add(record, member, "'" + member + "' is not " + what + ", not imported");
            return null;
        }
        return v;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
