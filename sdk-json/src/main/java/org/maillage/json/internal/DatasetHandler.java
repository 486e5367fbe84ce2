package org.maillage.json.internal;

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
}
