package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * INSEE commune change events, "mouvements de communes" (closed codelist {@code cog-event}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum CogEvent implements Coded {
    /** Name change. */
    NAME_CHANGE("10"),
    /** Creation. */
    CREATION("20"),
    /** Re-establishment. */
    REESTABLISHMENT("21"),
    /** Suppression. */
    SUPPRESSION("30"),
    /** Simple merger. */
    SIMPLE_MERGER("31"),
    /** Creation of a commune nouvelle. */
    COMMUNE_NOUVELLE("32"),
    /** Merger-association. */
    MERGER_ASSOCIATION("33"),
    /** Merger-association turned simple merger. */
    ASSOCIATION_TO_SIMPLE_MERGER("34"),
    /** Suppression of a commune déléguée. */
    DELEGUEE_SUPPRESSION("35"),
    /** Code change through a change of département. */
    DEPARTEMENT_CHANGE("41"),
    /** Code change through transfer of chef-lieu. */
    CHEF_LIEU_TRANSFER("50"),
    /** Commune associée turned commune déléguée. */
    ASSOCIEE_TO_DELEGUEE("70");

    private final String code;

    CogEvent(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
