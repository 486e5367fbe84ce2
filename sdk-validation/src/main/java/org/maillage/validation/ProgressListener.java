package org.maillage.validation;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Told how far a validation has gone, for long runs. Called on the validating thread, every
 * {@link #EVERY} entities read and once at the end of reading; it must return quickly. Decide
 * yourself how often to show anything (a terminal needs a few updates a second at most).
 *
 * @since 0.1.0
 */
@FunctionalInterface
@API(status = STABLE, since = "0.1.0")
public interface ProgressListener {

    /** How many entities pass between two calls. */
    int EVERY = 1024;

    /** Listens to nothing. */
    ProgressListener NONE = entities -> { };

    /**
     * Entities read so far from the current source.
     *
     * @param entities the count, growing
     */
    void entitiesRead(long entities);
}
