package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where a plan is in its lifecycle (closed codelist {@code plan-status}).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum PlanStatus implements Coded {
    /** En préparation: draft. Being drawn up; not yet adopted. */
    DRAFT("draft"),
    /** Adopté: adopted. Adopted or approved, not yet in force. */
    ADOPTED("adopted"),
    /** En vigueur: in force. */
    IN_FORCE("in-force"),
    /** Échu: expired. Reached its end date. */
    EXPIRED("expired"),
    /** Abrogé: repealed. Withdrawn or replaced before its end date. */
    REPEALED("repealed");

    private final String code;

    PlanStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
