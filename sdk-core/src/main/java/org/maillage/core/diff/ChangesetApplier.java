package org.maillage.core.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;

/**
 * Applies a changeset to a dataset, change by change, checking each old value. Changes are
 * numbered in the order they are listed: header changes first, then the field changes of each
 * entity change (an added or removed entity counts as one).
 */
final class ChangesetApplier {
    private final Dataset a;
    private int op;

    ChangesetApplier(Dataset a) {
        this.a = Objects.requireNonNull(a, "a");
    }

    Dataset apply(Changeset cs) {
        Object header = a.header();
        for (FieldChange fc : cs.header()) {
            header = applyOne(header, fc, "header" + fc.path());
            op++;
        }
        Map<EntityFamily, List<Entity>> families = new EnumMap<>(EntityFamily.class);
        for (EntityFamily f : EntityFamily.values()) {
            families.put(f, new ArrayList<>(a.entities(f)));
        }
        for (EntityChange c : cs.changes()) {
            List<Entity> list = families.get(c.family());
            String where = c.family().member() + "/" + c.index();
            switch (c.change()) {
                case ADDED -> {
                    if (c.index() > list.size()) {
                        throw conflict("cannot insert entity '" + c.id() + "' at index " + c.index() + ": "
                                + c.family().member() + " has only " + list.size() + " entities", where);
                    }
                    Entity e = c.newEntity();
                    checkEntity(c, e, where);
                    list.add(c.index(), e);
                    op++;
                }
                case REMOVED -> {
                    Entity current = at(list, c, where);
                    if (!current.equals(c.oldEntity())) {
                        throw conflict("entity '" + c.id() + "' differs from the one the changeset removes", where);
                    }
                    list.remove(c.index());
                    op++;
                }
                case MODIFIED -> {
                    Object e = at(list, c, where);
                    for (FieldChange fc : c.fields()) {
                        if (fc.path().isEmpty()) {
                            throw conflict("a modification cannot replace the whole entity", where);
                        }
                        e = applyOne(e, fc, where + fc.path());
                        op++;
                    }
                    list.set(c.index(), (Entity) e);
                }
            }
        }
        List<Entity> all = new ArrayList<>();
        for (EntityFamily f : EntityFamily.values()) {
            all.addAll(families.get(f));
        }
        return Dataset.of((DatasetHeader) header, all);
    }

    private void checkEntity(EntityChange c, Entity e, String where) {
        if (e == null || e.family() != c.family() || !e.id().equals(c.id())) {
            throw conflict("the added value is not entity '" + c.id() + "' of " + c.family().member(), where);
        }
    }

    private Entity at(List<Entity> list, EntityChange c, String where) {
        if (c.index() >= list.size() || !list.get(c.index()).id().equals(c.id())) {
            throw conflict("expected entity '" + c.id() + "' at index " + c.index() + ", found "
                    + (c.index() >= list.size() ? "no entity" : "'" + list.get(c.index()).id() + "'"), where);
        }
        return list.get(c.index());
    }

    private Object applyOne(Object root, FieldChange fc, String where) {
        List<String> tokens;
        try {
            tokens = Pointers.parse(fc.path());
        } catch (IllegalArgumentException e) {
            throw conflict(e.getMessage(), where);
        }
        if (tokens.isEmpty()) {
            throw conflict("empty path", where);
        }
        try {
            return set(root, tokens, 0, fc, where);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw conflict(e.getMessage(), where);
        }
    }

    private Object set(Object node, List<String> tokens, int i, FieldChange fc, String where) {
        String token = tokens.get(i);
        boolean last = i == tokens.size() - 1;
        if (node == null) {
            throw conflict("path does not exist (nothing at '" + token + "')", where);
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            int idx = Pointers.index(token, fc.path());
            if (last && fc.oldValue() == null) {
                if (idx > copy.size()) {
                    throw conflict("cannot insert at index " + idx + " of a collection of " + copy.size(), where);
                }
                if (fc.newValue() == null) {
                    throw conflict("nothing to insert: the change has neither an old nor a new value", where);
                }
                copy.add(idx, fc.newValue());
                return copy;
            }
            if (idx >= copy.size()) {
                throw conflict("no item at index " + idx + " (the collection has " + copy.size() + ")", where);
            }
            if (last) {
                expect(copy.get(idx), fc.oldValue(), where);
                if (fc.newValue() == null) {
                    copy.remove(idx);
                } else {
                    copy.set(idx, fc.newValue());
                }
            } else {
                copy.set(idx, set(copy.get(idx), tokens, i + 1, fc, where));
            }
            return copy;
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            if (last) {
                expect(copy.get(token), fc.oldValue(), where);
                if (FieldChange.isAbsent(fc.newValue())) {
                    copy.remove(token);
                } else {
                    copy.put(token, fc.newValue());
                }
            } else {
                copy.put(token, set(copy.get(token), tokens, i + 1, fc, where));
            }
            return copy;
        }
        if (!node.getClass().isRecord()) {
            throw conflict("path goes inside a " + node.getClass().getSimpleName() + ", which has no members", where);
        }
        int c = Records.shape(node.getClass()).index(token, node.getClass(), fc.path());
        Object current = Records.get(node, c);
        if (last) {
            expect(current, fc.oldValue(), where);
            return Records.with(node, c, fc.newValue());
        }
        return Records.with(node, c, set(current, tokens, i + 1, fc, where));
    }

    private void expect(Object current, Object expected, String where) {
        boolean same = FieldChange.isAbsent(expected) ? FieldChange.isAbsent(current) : expected.equals(current);
        if (!same) {
            throw conflict("expected " + expected + ", found " + current, where);
        }
    }

    private PatchConflictException conflict(String message, String where) {
        return new PatchConflictException(message, op, "/" + where);
    }
}
