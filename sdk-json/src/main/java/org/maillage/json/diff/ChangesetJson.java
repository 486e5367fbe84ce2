package org.maillage.json.diff;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.maillage.core.InvalidDataException;
import org.maillage.core.diff.ChangeKind;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.EntityChange;
import org.maillage.core.diff.FieldChange;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.MaillageJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link Changeset}, described by {@code changeset.schema.json}:
 * <pre>{"header": [{"path", "old", "new"}],
 *  "changes": [{"family", "id", "change": "added|removed|modified", "index",
 *               "fields": [{"path", "old", "new"}], "successors": [ids]}]}</pre>
 * Values are written as in a dataset (codes for closed codelists, ISO dates); an absent value is
 * {@code null}. Reading gives back typed values, from the record type at each path.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class ChangesetJson {
    private ChangesetJson() {}

    /**
     * The changeset as a JSON tree.
     *
     * @param changeset the changeset
     * @return the tree
     */
    public static ObjectNode toJson(Changeset changeset) {
        JsonMapper m = MaillageJson.mapper();
        ObjectNode root = m.createObjectNode();
        writeFields(root.putArray("header"), changeset.header());
        ArrayNode changes = root.putArray("changes");
        for (EntityChange c : changeset.changes()) {
            ObjectNode n = changes.addObject();
            n.put("family", c.family().member());
            n.put("id", c.id());
            n.put("change", c.change().code());
            n.put("index", c.index());
            writeFields(n.putArray("fields"), c.fields());
            ArrayNode s = n.putArray("successors");
            c.successors().forEach(s::add);
        }
        return root;
    }

    /**
     * The changeset as indented JSON text, ending with a newline.
     *
     * @param changeset the changeset
     * @return the text
     */
    public static String toJsonString(Changeset changeset) {
        return MaillageJson.mapper().writer().with(MaillageJson.canonicalPrettyPrinter())
                .writeValueAsString(toJson(changeset)) + "\n";
    }

    private static void writeFields(ArrayNode out, List<FieldChange> fields) {
        for (FieldChange f : fields) {
            ObjectNode n = out.addObject();
            n.put("path", f.path());
            n.set("old", value(f.oldValue()));
            n.set("new", value(f.newValue()));
        }
    }

    /** A model value as JSON, as it is written in a dataset. */
    static JsonNode value(Object v) {
        return v == null ? MaillageJson.mapper().nullNode() : MaillageJson.mapper().valueToTree(v);
    }

    /**
     * Reads a changeset from its JSON form.
     *
     * @param json the tree
     * @return the changeset
     * @throws InvalidDataException when the tree is not a changeset, with the JSON Pointer of the
     *     offending value
     */
    public static Changeset fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw bad("a changeset is a JSON object with a 'changes' array", "");
        }
        List<FieldChange> header = readFields(json.get("header"), null, "/header");
        JsonNode changes = json.get("changes");
        if (changes == null || !changes.isArray()) {
            throw bad("a changeset has a 'changes' array", "/changes");
        }
        List<EntityChange> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            String at = "/changes/" + i;
            JsonNode c = changes.get(i);
            if (!c.isObject()) {
                throw bad("a change is an object", at);
            }
            EntityFamily family = EntityFamily.ofMember(text(c, "family", at));
            if (family == null) {
                throw bad("unknown family '" + c.get("family").asString() + "'", at + "/family");
            }
            String id = text(c, "id", at);
            ChangeKind kind = null;
            String k = text(c, "change", at);
            for (ChangeKind ck : ChangeKind.values()) {
                if (ck.code().equals(k)) {
                    kind = ck;
                }
            }
            if (kind == null) {
                throw bad("'change' is added, removed or modified, not '" + k + "'", at + "/change");
            }
            JsonNode index = c.get("index");
            if (index == null || !index.canConvertToInt() || !index.isIntegralNumber() || index.asInt() < 0) {
                throw bad("'index' is the entity's position, a non-negative integer", at + "/index");
            }
            List<FieldChange> fields = readFields(c.get("fields"), family, at + "/fields");
            List<String> successors = new ArrayList<>();
            JsonNode s = c.get("successors");
            if (s != null && !s.isNull()) {
                if (!s.isArray()) {
                    throw bad("'successors' is an array of ids", at + "/successors");
                }
                for (int j = 0; j < s.size(); j++) {
                    if (!s.get(j).isString()) {
                        throw bad("a successor is an entity id", at + "/successors/" + j);
                    }
                    successors.add(s.get(j).asString());
                }
            }
            try {
                EntityChange ec = new EntityChange(family, id, kind, index.asInt(), fields, successors);
                checkWhole(ec, at);
                out.add(ec);
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage(), at);
            }
        }
        return new Changeset(header, out);
    }

    private static void checkWhole(EntityChange c, String at) {
        if (c.change() == ChangeKind.MODIFIED) {
            return;
        }
        FieldChange f = c.fields().size() == 1 ? c.fields().get(0) : null;
        boolean ok = f != null && f.path().isEmpty()
                && (c.change() == ChangeKind.ADDED ? f.oldValue() == null && f.newValue() != null
                        : f.newValue() == null && f.oldValue() != null);
        if (!ok) {
            throw bad("an " + c.change().code() + " entity has one field at path \"\" holding the whole entity in '"
                    + (c.change() == ChangeKind.ADDED ? "new" : "old") + "'", at + "/fields");
        }
    }

    private static List<FieldChange> readFields(JsonNode fields, EntityFamily family, String at) {
        List<FieldChange> out = new ArrayList<>();
        if (fields == null || fields.isNull()) {
            return out;
        }
        if (!fields.isArray()) {
            throw bad("expected an array of {path, old, new}", at);
        }
        JsonMapper m = MaillageJson.mapper();
        for (int i = 0; i < fields.size(); i++) {
            JsonNode f = fields.get(i);
            String fat = at + "/" + i;
            if (!f.isObject()) {
                throw bad("a field change is an object {path, old, new}", fat);
            }
            String path = text(f, "path", fat);
            Type type;
            try {
                type = FieldChange.valueType(family, path);
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage(), fat + "/path");
            }
            out.add(new FieldChange(path, bind(m, f.get("old"), type, fat + "/old"),
                    bind(m, f.get("new"), type, fat + "/new")));
        }
        return out;
    }

    private static Object bind(JsonMapper m, JsonNode v, Type type, String at) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        try {
            return m.treeToValue(v, m.getTypeFactory().constructType(type));
        } catch (JacksonException e) {
            throw bad("value does not fit " + type.getTypeName() + ": " + e.getOriginalMessage(), at);
        }
    }

    private static String text(JsonNode n, String member, String at) {
        JsonNode v = n.get(member);
        if (v == null || !v.isString()) {
            throw bad("'" + member + "' is a required string", at + "/" + member);
        }
        return v.asString();
    }

    private static InvalidDataException bad(String message, String pointer) {
        return new InvalidDataException("not a changeset: " + message + (pointer.isEmpty() ? "" : " (at " + pointer
                + ")"), pointer, 0, 0, null);
    }
}
