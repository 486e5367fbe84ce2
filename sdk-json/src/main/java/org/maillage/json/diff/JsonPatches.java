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
import org.maillage.core.model.Dataset;
import org.maillage.core.model.EntityFamily;
import org.maillage.json.DatasetWriter;
import org.maillage.json.MaillageJson;
import org.maillage.json.ReadLimits;
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
     * The changeset as an RFC 6902 patch of the canonical JSON of its first dataset. Additions of a
     * member to the header are guarded by the header members present when they are rendered; use
     * {@link #render(Changeset, Dataset)} to have them.
     *
     * @param changeset the changeset
     * @return the patch, an array of operations
     */
    public static ArrayNode render(Changeset changeset) {
        return render(changeset, null);
    }

    /**
     * The changeset as an RFC 6902 patch of the canonical JSON of its first dataset, every
     * operation guarded so that the patch fails on any other document instead of changing it: a
     * {@code test} of the old value before each {@code replace} and {@code remove}, of the entity's
     * id before its changes, of the whole old entity before it is removed, and, before an
     * {@code add} of a member (which would silently replace a value another document has there),
     * a {@code test} of the object it is added to, as it is at that point of the patch; for a
     * member of the header, a {@code test} of each header member of {@code a}.
     *
     * @param changeset the changeset of {@code a} to another dataset
     * @param a the first dataset, or null (then additions to the header test nothing)
     * @return the patch, an array of operations
     */
    public static ArrayNode render(Changeset changeset, Dataset a) {
        ArrayNode ops = MaillageJson.mapper().createArrayNode();
        ObjectNode header = a == null ? null : headerOf(a);
        for (FieldChange f : changeset.header()) {
            field(ops, "", f, header, true);
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
                JsonNode entity = c.oldEntity() == null ? null : ChangesetJson.value(c.oldEntity());
                ObjectNode current = entity != null && entity.isObject() ? (ObjectNode) entity.deepCopy() : null;
                for (FieldChange f : c.fields()) {
                    field(ops, at, f, current, false);
                }
            }
        }
        return ops;
    }

    private static ObjectNode op(ArrayNode ops, String op, String path) {
        return ops.addObject().put("op", op).put("path", path);
    }

    /** The header of a dataset as the members of the canonical document's root. */
    private static ObjectNode headerOf(Dataset a) {
        JsonNode doc = MaillageJson.mapper().readTree(DatasetWriter.canonical().writeString(
                Dataset.of(a.header(), java.util.List.of())));
        ObjectNode h = MaillageJson.mapper().createObjectNode();
        for (Map.Entry<String, JsonNode> e : doc.properties()) {
            if (!(e.getValue().isArray() && EntityFamily.ofMember(e.getKey()) != null)) {
                h.set(e.getKey(), e.getValue());
            }
        }
        return h;
    }

    /**
     * The operations of one field change, guarded; {@code current} (the object the paths are
     * relative to, as it is at this point of the patch, or null when unknown) follows the change.
     */
    private static void field(ArrayNode ops, String prefix, FieldChange f, ObjectNode current, boolean isHeader) {
        String path = prefix + f.path();
        JsonNode newValue = ChangesetJson.value(f.newValue());
        if (f.isAddition()) {
            String parent = f.path().isEmpty() ? "" : f.path().substring(0, f.path().lastIndexOf('/'));
            JsonNode parentNode = current == null ? null : current.at(parent);
            if (parentNode != null && parentNode.isObject()) {
                if (isHeader && parent.isEmpty()) {
                    for (Map.Entry<String, JsonNode> e : parentNode.properties()) {
                        op(ops, "test", "/" + e.getKey().replace("~", "~0").replace("/", "~1")).set("value", e.getValue().deepCopy());
                    }
                } else {
                    op(ops, "test", prefix + parent).set("value", parentNode.deepCopy());
                }
            }
            op(ops, "add", path).set("value", newValue);
        } else if (f.isRemoval()) {
            op(ops, "test", path).set("value", ChangesetJson.value(f.oldValue()));
            op(ops, "remove", path);
        } else {
            op(ops, "test", path).set("value", ChangesetJson.value(f.oldValue()));
            op(ops, "replace", path).set("value", newValue);
        }
        if (current != null) {
            ObjectNode single = MaillageJson.mapper().createObjectNode()
                    .put("op", f.isAddition() ? "add" : f.isRemoval() ? "remove" : "replace").put("path", f.path());
            if (!f.isRemoval()) {
                single.set("value", newValue);
            }
            try {
                new Op(0, single, Limits.none()).apply(new JsonNode[] {current});
            } catch (PatchConflictException e) {
                // the changeset does not fit its own first dataset: the guards already rendered say so when applied
            }
        }
    }

    /**
     * Applies an RFC 6902 patch (add, remove, replace, move, copy, test) to a copy of a document.
     * The patch applies entirely or not at all. The result may not nest deeper than the default
     * read limit ({@link ReadLimits#defaults()}, 64 levels), nor hold more values than twice the
     * document and the patch together (and at least {@value #MIN_VALUE_LIMIT}): a patch of a few
     * {@code copy} operations could otherwise double the document again and again.
     *
     * @param patch the patch, a JSON array of operations
     * @param document the document, left unchanged
     * @return the patched copy
     * @throws PatchConflictException when an operation is malformed or does not apply (a failed
     *     {@code test}, a missing path, an index out of bounds), or the result would pass a limit,
     *     with its index and path
     */
    public static JsonNode apply(JsonNode patch, JsonNode document) {
        if (patch == null || !patch.isArray()) {
            throw new PatchConflictException("a JSON Patch is an array of operations", 0, "");
        }
        long start = count(document, Long.MAX_VALUE);
        long budget = Math.max(MIN_VALUE_LIMIT, 2 * (start + count(patch, Long.MAX_VALUE)));
        Limits limits = new Limits(ReadLimits.defaults().maxNestingDepth(), budget, start);
        JsonNode[] root = {document.deepCopy()};
        for (int i = 0; i < patch.size(); i++) {
            new Op(i, patch.get(i), limits).apply(root);
        }
        return root[0];
    }

    /** The fewest values a patched document may always hold. */
    public static final long MIN_VALUE_LIMIT = 100_000;

    /** The number of values (objects, arrays, scalars) in a tree, counting stops past {@code stop}. */
    static long count(JsonNode n, long stop) {
        long total = 0;
        java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>();
        todo.push(n);
        while (!todo.isEmpty() && total <= stop) {
            JsonNode x = todo.pop();
            total++;
            if (x.isContainer()) {
                for (JsonNode child : x) {
                    todo.push(child);
                }
            }
        }
        return total;
    }

    /** The depth of a tree: 0 for a scalar, 1 for an object or array of scalars. */
    static int depth(JsonNode n, int stop) {
        if (!n.isContainer() || stop <= 0) {
            return n.isContainer() ? 1 : 0;
        }
        int max = 0;
        for (JsonNode child : n) {
            max = Math.max(max, depth(child, stop - 1));
            if (max >= stop) {
                break;
            }
        }
        return max + 1;
    }

    /** The limits of one application, and the values the document holds so far. */
    static final class Limits {
        final int maxDepth;
        final long maxValues;
        long values;

        Limits(int maxDepth, long maxValues, long values) {
            this.maxDepth = maxDepth;
            this.maxValues = maxValues;
            this.values = values;
        }

        /** No limit: for following a changeset's own operations while rendering them. */
        static Limits none() {
            return new Limits(Integer.MAX_VALUE, Long.MAX_VALUE, 0);
        }
    }

    /** One operation being applied. */
    private static final class Op {
        private final int index;
        private final JsonNode node;
        private final String path;
        private final Limits limits;

        Op(int index, JsonNode node, Limits limits) {
            this.index = index;
            this.node = node;
            this.limits = limits;
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
                case "add" -> {
                    JsonNode v = value();
                    grow(root[0], path, v, true);
                    root[0] = add(root[0], path, v.deepCopy());
                }
                case "remove" -> {
                    limits.values -= count(get(root[0], path), Long.MAX_VALUE);
                    root[0] = remove(root[0], path);
                }
                case "replace" -> {
                    JsonNode v = value();
                    JsonNode old = get(root[0], path);
                    limits.values -= count(old, Long.MAX_VALUE);
                    grow(root[0], path, v, false);
                    if (path.isEmpty()) {
                        root[0] = v.deepCopy();
                        return;
                    }
                    root[0] = add(remove(root[0], path), path, v.deepCopy());
                }
                case "move" -> {
                    String from = member("from");
                    if (path.startsWith(from + "/")) {
                        throw new PatchConflictException("cannot move '" + from + "' into itself", index, path);
                    }
                    JsonNode v = get(root[0], from);
                    long n = count(v, Long.MAX_VALUE);
                    limits.values -= n;
                    grow(root[0], path, v, true);
                    root[0] = add(remove(root[0], from), path, v);
                }
                case "copy" -> {
                    JsonNode v = get(root[0], member("from"));
                    grow(root[0], path, v, true);
                    root[0] = add(root[0], path, v.deepCopy());
                }
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

        /**
         * Accounts for a value about to be put at a pointer, refusing it past a limit before
         * anything is copied; an {@code add} of an existing member replaces it, whose values go.
         */
        private void grow(JsonNode root, String pointer, JsonNode value, boolean replacesMember) {
            int depth = tokens(pointer).length + depth(value, limits.maxDepth + 1);
            if (depth > limits.maxDepth) {
                throw new PatchConflictException("the patched document would nest " + depth + " levels deep, more than the"
                        + " limit of " + limits.maxDepth, index, pointer);
            }
            long n = count(value, limits.maxValues);
            if (replacesMember && !pointer.isEmpty()) {
                JsonNode parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
                String[] t = tokens(pointer);
                JsonNode there = parent.isObject() ? parent.get(t[t.length - 1]) : null;
                if (there != null) {
                    n -= count(there, Long.MAX_VALUE);
                }
            }
            if (limits.values + n > limits.maxValues) {
                throw new PatchConflictException("the patched document would hold more than " + limits.maxValues
                        + " values (twice the document and the patch together): refused", index, pointer);
            }
            limits.values += n;
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
