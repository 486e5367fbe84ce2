package org.maillage.core.diff;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What happened to an entity between two datasets (the {@code change} member of a JSON changeset).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ChangeKind {
    /** The entity is only in the second dataset. */
    ADDED("added"),
    /** The entity is only in the first dataset. */
    REMOVED("removed"),
    /** The entity is in both, with different values. */
    MODIFIED("modified");

    private final String code;

    ChangeKind(String code) {
        this.code = code;
    }

    /**
     * The word written in a JSON changeset.
     *
     * @return {@code added}, {@code removed} or {@code modified}
     */
    public String code() {
        return code;
    }
}
