package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Which INSEE legal population a figure is (closed codelist {@code population-kind}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum PopulationKind implements Coded {
    /** Population municipale. */
    MUNICIPALE("municipale"),
    /** Population comptée à part. */
    COMPTEE_A_PART("comptee-a-part"),
    /** Population totale (municipale + comptée à part). */
    TOTALE("totale");

    private final String code;

    PopulationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
