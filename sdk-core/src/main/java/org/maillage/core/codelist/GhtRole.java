package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The role of an establishment in a GHT, as FINESS records it (closed codelist {@code ght-role}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum GhtRole implements Coded {
    /** Établissement support: support establishment. Exactly one per GHT. */
    SUPPORT("S"),
    /** Établissement membre: member establishment. */
    MEMBER("M"),
    /** Tête de groupe: group head. FINESS role T. */
    HEAD("T"),
    /** Établissement associé: associate establishment. The CHU every GHT associates, or an HAD establishment (CSP L6132-1); code chosen by Maillage, FINESS's own code unverified. */
    ASSOCIATE("A"),
    /** Établissement partenaire: partner establishment. A private establishment in partnership with the GHT by a convention (CSP L6132-1); code chosen by Maillage, FINESS's own code unverified. */
    PARTNER("P");

    private final String code;

    GhtRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
