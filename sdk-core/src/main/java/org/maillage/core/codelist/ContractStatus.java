package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a contract is in its lifecycle (closed codelist {@code contract-status}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ContractStatus implements Coded {
    /** En préparation: draft. */
    DRAFT("draft"),
    /** Signé: signed. Signed, not yet in force. */
    SIGNED("signed"),
    /** En vigueur: in force. */
    IN_FORCE("in-force"),
    /** Échu: expired. Reached its end date. */
    EXPIRED("expired"),
    /** Résilié: terminated. Ended before its end date. */
    TERMINATED("terminated");

    private final String code;

    ContractStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
