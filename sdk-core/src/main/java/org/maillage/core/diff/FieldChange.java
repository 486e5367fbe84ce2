package org.maillage.core.diff;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.EntityFamily;

/**
 * One change inside an entity (or the dataset header): the place, the value before and the value
 * after. A null {@code oldValue} means the place is added (a member set, an item inserted in a
 * collection); a null {@code newValue} means it is removed. An empty collection counts as absent,
 * as it does in the canonical JSON form.
 *
 * <p>The path is a JSON Pointer relative to the entity whose tokens are JSON member names (the
 * record component names). An item of a collection is addressed by its index: in the first
 * dataset when it is removed or modified, in the second when it is added. Items are matched by
 * their identity (see {@link Identities}), never by position; the index only says where the item
 * is, and changes are listed in the order they apply, so that the indices are right when they are
 * applied one after another.
 *
 * @param path the JSON Pointer of the place, relative to the entity; empty for the whole entity
 * @param oldValue the value before, or null when the place is added
 * @param newValue the value after, or null when the place is removed
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record FieldChange(String path, Object oldValue, Object newValue) {

    /**
     * Requires the path.
     *
     * @param path the JSON Pointer of the place, relative to the entity; empty for the whole entity
     * @param oldValue the value before, or null when the place is added
     * @param newValue the value after, or null when the place is removed
     */
    public FieldChange {
        Objects.requireNonNull(path, "path");
    }

    /**
     * Whether this change adds a value where there was none.
     *
     * @return true when the old value is absent
     */
    public boolean isAddition() {
        return isAbsent(oldValue) && !isAbsent(newValue);
    }

    /**
     * Whether this change removes a value.
     *
     * @return true when the new value is absent
     */
    public boolean isRemoval() {
        return isAbsent(newValue) && !isAbsent(oldValue);
    }

    /**
     * Whether a value is absent in the canonical form: null, or an empty collection or map.
     *
     * @param value a value
     * @return true when absent
     */
    public static boolean isAbsent(Object value) {
        return value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m
                && m.isEmpty();
    }

    /**
     * The Java type of the values found at a path inside an entity of a family, for reading
     * changes back from a serialised form.
     *
     * @param family the family, or null for the dataset header
     * @param path the JSON Pointer relative to the entity (or the header)
     * @return the type, possibly parameterised ({@code List<TerritoryLink>})
     * @throws IllegalArgumentException when the path names no place of that family's records
     */
    public static Type valueType(EntityFamily family, String path) {
        return Records.typeAt(family == null ? DatasetHeader.class : family.javaType(), path);
    }
}
