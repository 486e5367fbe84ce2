package org.maillage.core.codelist;

/** How far an action of a contract has got (closed codelist {@code action-status}). */
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
