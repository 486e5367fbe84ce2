package org.maillage.core.diff;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;

/**
 * What changed for one entity, found by its id in its family.
 *
 * <p>An added entity has one field change at the empty path whose new value is the entity; a
 * removed one, one whose old value is the entity. A modified entity lists its field-level changes.
 *
 * @param family the family
 * @param id the entity id
 * @param change added, removed or modified
 * @param index the entity's position in its family's array: in the second dataset when added, in
 *     the first otherwise (the canonical JSON of a dataset keeps entities in file order)
 * @param fields the changes, in the order they apply
 * @param successors for a removed territory, the ids of the territories that replace it, from the
 *     lineage in either dataset; empty otherwise
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record EntityChange(EntityFamily family, String id, ChangeKind change, int index, List<FieldChange> fields,
        List<String> successors) {

    /**
     * Requires family, id and kind; null lists become empty.
     *
     * @param family the family
     * @param id the entity id
     * @param change added, removed or modified
     * @param index the entity's position in its family's array: in the second dataset when added, in the first otherwise (the canonical JSON of a dataset keeps entities in file order)
     * @param fields the changes, in the order they apply
     * @param successors for a removed territory, the ids of the territories that replace it, from the lineage in either dataset; empty otherwise
     */
    public EntityChange {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        fields = fields == null ? List.of() : List.copyOf(fields);
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    /**
     * An added entity.
     *
     * @param index its position in the second dataset's family array
     * @param entity the entity
     * @return the change
     */
    public static EntityChange added(int index, Entity entity) {
        return new EntityChange(entity.family(), entity.id(), ChangeKind.ADDED, index,
                List.of(new FieldChange("", null, entity)), List.of());
    }

    /**
     * A removed entity.
     *
     * @param index its position in the first dataset's family array
     * @param entity the entity
     * @param successors the ids of the entities that replace it
     * @return the change
     */
    public static EntityChange removed(int index, Entity entity, List<String> successors) {
        return new EntityChange(entity.family(), entity.id(), ChangeKind.REMOVED, index,
                List.of(new FieldChange("", entity, null)), successors);
    }

    /**
     * The entity as it was, for a removed entity.
     *
     * @return the entity, or null when the change is not a removal
     */
    public Entity oldEntity() {
        return change == ChangeKind.REMOVED ? (Entity) fields.get(0).oldValue() : null;
    }

    /**
     * The entity as it becomes, for an added entity.
     *
     * @return the entity, or null when the change is not an addition
     */
    public Entity newEntity() {
        return change == ChangeKind.ADDED ? (Entity) fields.get(0).newValue() : null;
    }
}
