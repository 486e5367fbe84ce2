package org.maillage.core.diff;

import org.maillage.core.codelist.Coded;

/** What happened to an entity between two datasets. */
public enum ChangeKind implements Coded {
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

    @Override
    public String code() {
        return code;
    }
}
