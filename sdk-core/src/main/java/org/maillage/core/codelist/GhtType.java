package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The type of a GHT, as FINESS records it (closed codelist {@code ght-type}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum GhtType implements Coded {
    /** Groupement hospitalier de territoire: general GHT. FINESS grouping type 001. */
    GENERAL("001"),
    /** Groupement hospitalier de territoire en psychiatrie: psychiatric GHT. FINESS grouping type 002. */
    PSYCHIATRY("002");

    private final String code;

    GhtType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
