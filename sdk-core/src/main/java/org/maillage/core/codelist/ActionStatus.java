package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How far an action of a contract has got (closed codelist {@code action-status}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ActionStatus implements Coded {
    /** Prévue: planned. */
    PLANNED("planned"),
    /** En cours: in progress. */
    IN_PROGRESS("in-progress"),
    /** Réalisée: completed. */
    COMPLETED("completed"),
    /** Abandonnée: abandoned. */
    ABANDONED("abandoned");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
