package org.maillage.json.internal;

import org.maillage.core.model.EntityFamily;
import org.maillage.json.SourcePosition;
import tools.jackson.databind.node.ObjectNode;

/**
 * Receives a dataset as it streams: entities one by one in file order, recoverable problems, then
 * the envelope once the whole file has been read (its members may come after the arrays).
 * Called on the reading thread.
 */
public interface DatasetHandler {

    /**
     * One entity.
     *
     * @param entity the entity as read
     */
    void entity(EntityNode entity);

    /**
     * A problem the reader stepped over.
     *
     * @param problem the problem
     */
    default void problem(ReadProblem problem) {}

    /**
     * The envelope: every member of the root object but the entity arrays, after the last entity.
     *
     * @param envelope the members
     * @param start where the root object starts
     */
    default void envelope(ObjectNode envelope, SourcePosition start) {}

    /**
     * Whether entities of a JSON document are to be bound from the tokens where {@link #binder}
     * gives a binder: the reader then keeps the current entity's bytes, to read it again as a tree
     * when the binder gives up. NDJSON lines are always read as trees.
     *
     * @return true to bind from the tokens; false (the default) to receive every entity as a tree
     */
    default boolean binds() {
        return false;
    }

    /**
     * The token binder of a family, asked once per entity array when {@link #binds} is true.
     *
     * @param family the family
     * @return the binder, or null to receive that family's entities as trees
     */
    default TokenBinder binder(EntityFamily family) {
        return null;
    }
}
