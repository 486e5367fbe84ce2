package org.maillage.json.diff;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import org.apiguardian.api.API;
import org.maillage.core.diff.ChangeKind;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.EntityChange;
import org.maillage.core.diff.FieldChange;
import org.maillage.core.diff.PatchConflictException;
import org.maillage.json.MaillageJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 6902 JSON Patch: rendering a {@link Changeset} as a patch of the canonical JSON form of its
 * first dataset, and applying any patch to a JSON tree.
 *
 * <p>A rendered patch addresses array items by their index in the canonical form (every family
 * array present, entities in file order, empty lists and null members left out) as it is at that
 * point of the patch. Before every {@code replace} and {@code remove} it {@code test}s the old
 * value, and before the changes of an entity it tests the entity's id, so that a patch applied to
 * another document fails instead of corrupting it.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class JsonPatches {
    private JsonPatches() {}

    /**
     * The changeset as an RFC 6902 patch of the canonical JSON of its first dataset.
     *
     * @param changeset the changeset
     * @return the patch, an array of operations
     */
    public static ArrayNode render(Changeset changeset) {
        ArrayNode ops = MaillageJson.mapper().createArrayNode();
        for (FieldChange f : changeset.header()) {
            field(ops, "", f);
        }
        for (EntityChange c : changeset.changes()) {
            String at = "/" + c.family().member() + "/" + c.index();
            if (c.change() == ChangeKind.ADDED) {
                op(ops, "add", at).set("value", ChangesetJson.value(c.newEntity()));
            } else if (c.change() == ChangeKind.REMOVED) {
                op(ops, "test", at).set("value", ChangesetJson.value(c.oldEntity()));
                op(ops, "remove", at);
            } else {
                op(ops, "test", at + "/id").put("value", c.id());
                for (FieldChange f : c.fields()) {
                    field(ops, at, f);
                }
            }
        }
        return ops;
    }

    private static void field(ArrayNode ops, String prefix, FieldChange f) {
        String path = prefix + f.path();
        if (f.isAddition()) {
            op(ops, "add", path).set("value", ChangesetJson.value(f.newValue()));
        } else if (f.isRemoval()) {
            op(ops, "test", path).set("value", ChangesetJson.value(f.oldValue()));
            op(ops, "remove", path);
        } else {
            op(ops, "test", path).set("value", ChangesetJson.value(f.oldValue()));
            op(ops, "replace", path).set("value", ChangesetJson.value(f.newValue()));
        }
    }

    private static ObjectNode op(ArrayNode ops, String op, String path) {
        return ops.addObject().put("op", op).put("path", path);
    }

    /**
     * Applies an RFC 6902 patch (add, remove, replace, move, copy, test) to a copy of a document.
     * The patch applies entirely or not at all.
     *
     * @param patch the patch, a JSON array of operations
     * @param document the document, left unchanged
     * @return the patched copy
     * @throws PatchConflictException when an operation is malformed or does not apply (a failed
     *     {@code test}, a missing path, an index out of bounds), with its index and path
     */
    public static JsonNode apply(JsonNode patch, JsonNode document) {
        if (patch == null || !patch.isArray()) {
            throw new PatchConflictException("a JSON Patch is an array of operations", 0, "");
        }
        JsonNode[] root = {document.deepCopy()};
        for (int i = 0; i < patch.size(); i++) {
            new Op(i, patch.get(i)).apply(root);
        }
        return root[0];
    }

    /** One operation being applied. */
    private static final class Op {
        private final int index;
        private final JsonNode node;
        private final String path;

        Op(int index, JsonNode node) {
            this.index = index;
            this.node = node;
            if (!node.isObject()) {
                throw new PatchConflictException("an operation is a JSON object", index, "");
            }
            this.path = member("path");
        }

        private String member(String name) {
            JsonNode v = node.get(name);
            if (v == null || !v.isString()) {
                throw new PatchConflictException("the operation has no '" + name + "' string", index,
                        node.has("path") && node.get("path").isString() ? node.get("path").asString() : "");
            }
            return v.asString();
        }

        private JsonNode value() {
            JsonNode v = node.get("value");
            if (v == null) {
                throw new PatchConflictException("the operation has no 'value'", index, path);
            }
            return v;
        }

        void apply(JsonNode[] root) {
            String op = member("op");
            switch (op) {
                case "add" -> root[0] = add(root[0], path, value().deepCopy());
                case "remove" -> root[0] = remove(root[0], path);
                case "replace" -> {
                    if (path.isEmpty()) {
                        root[0] = value().deepCopy();
                        return;
                    }
                    get(root[0], path);
                    root[0] = add(remove(root[0], path), path, value().deepCopy());
                }
                case "move" -> {
                    String from = member("from");
                    if (path.startsWith(from + "/")) {
                        throw new PatchConflictException("cannot move '" + from + "' into itself", index, path);
                    }
                    JsonNode v = get(root[0], from);
                    root[0] = add(remove(root[0], from), path, v);
                }
                case "copy" -> root[0] = add(root[0], path, get(root[0], member("from")).deepCopy());
                case "test" -> {
                    JsonNode actual = get(root[0], path);
                    if (!same(actual, value())) {
                        throw new PatchConflictException("test failed: expected " + abbreviate(value()) + ", found "
                                + abbreviate(actual), index, path);
                    }
                }
                default -> throw new PatchConflictException("unknown operation '" + op + "'", index, path);
            }
        }

        private JsonNode get(JsonNode root, String pointer) {
            JsonNode n = root;
            for (String t : tokens(pointer)) {
                if (n.isObject()) {
                    n = n.get(t);
                } else if (n.isArray()) {
                    int i = arrayIndex(t, n.size() - 1, pointer);
                    n = n.get(i);
                } else {
                    n = null;
                }
                if (n == null) {
                    throw new PatchConflictException("path does not exist", index, pointer);
                }
            }
            return n;
        }

        private JsonNode add(JsonNode root, String pointer, JsonNode value) {
            String[] t = tokens(pointer);
            if (t.length == 0) {
                return value;
            }
            JsonNode parent = get(root, parentOf(pointer));
            String last = t[t.length - 1];
            if (parent.isObject()) {
                ((ObjectNode) parent).set(last, value);
            } else if (parent.isArray()) {
                ArrayNode a = (ArrayNode) parent;
                if (last.equals("-")) {
                    a.add(value);
                } else {
                    a.insert(arrayIndex(last, a.size(), pointer), value);
                }
            } else {
                throw new PatchConflictException("the parent is not an object or an array", index, pointer);
            }
            return root;
        }

        private JsonNode remove(JsonNode root, String pointer) {
            String[] t = tokens(pointer);
            if (t.length == 0) {
                throw new PatchConflictException("cannot remove the whole document", index, "");
            }
            JsonNode parent = get(root, parentOf(pointer));
            String last = t[t.length - 1];
            if (parent.isObject() && parent.has(last)) {
                ((ObjectNode) parent).remove(last);
            } else if (parent.isArray()) {
                ((ArrayNode) parent).remove(arrayIndex(last, parent.size() - 1, pointer));
            } else {
                throw new PatchConflictException("path does not exist", index, pointer);
            }
            return root;
        }

        private int arrayIndex(String token, int max, String pointer) {
            boolean digits = !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit)
                    && (token.length() == 1 || token.charAt(0) != '0');
            if (!digits) {
                throw new PatchConflictException("'" + token + "' is not an array index", index, pointer);
            }
            int i = Integer.parseInt(token);
            if (i > max) {
                throw new PatchConflictException("index " + i + " is out of bounds (the array has " + (max + 1)
                        + " items here)", index, pointer);
            }
            return i;
        }

        private String[] tokens(String pointer) {
            if (pointer.isEmpty()) {
                return new String[0];
            }
            if (pointer.charAt(0) != '/') {
                throw new PatchConflictException("a JSON Pointer starts with '/'", index, pointer);
            }
            String[] t = pointer.substring(1).split("/", -1);
            for (int i = 0; i < t.length; i++) {
                t[i] = t[i].replace("~1", "/").replace("~0", "~");
            }
            return t;
        }

        private static String parentOf(String pointer) {
            return pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }

    /** JSON equality as RFC 6902 {@code test} defines it: numbers by value, objects regardless of member order. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            BigDecimal x = a.decimalValue();
            BigDecimal y = b.decimalValue();
            return x.compareTo(y) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                JsonNode o = b.get(e.getKey());
                if (o == null || !same(e.getValue(), o)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<JsonNode> i = a.iterator();
            Iterator<JsonNode> j = b.iterator();
            while (i.hasNext()) {
                if (!same(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
