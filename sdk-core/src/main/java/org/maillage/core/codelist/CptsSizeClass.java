package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The size class of a CPTS by population covered, which sets its ACI funding (closed codelist {@code cpts-size-class}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum CptsSizeClass implements Coded {
    /** Taille 1: size 1. Fewer than 40,000 inhabitants. */
    CLASS_1("1"),
    /** Taille 2: size 2. 40,000 to 80,000 inhabitants (threshold unverified). */
    CLASS_2("2"),
    /** Taille 3: size 3. 80,000 to 175,000 inhabitants (threshold unverified). */
    CLASS_3("3"),
    /** Taille 4: size 4. More than 175,000 inhabitants (threshold unverified). */
    CLASS_4("4");

    private final String code;

    CptsSizeClass(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
