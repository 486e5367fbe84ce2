package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The legal type of an EPCI à fiscalité propre (closed codelist {@code epci-legal-type}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum EpciLegalType implements Coded {
    /** Communauté de communes. */
    CC("CC"),
    /** Communauté d'agglomération. */
    CA("CA"),
    /** Communauté urbaine. */
    CU("CU"),
    /** Métropole. */
    METRO("METRO"),
    /** Métropole de Lyon, a collectivité à statut particulier. */
    MET69("MET69");

    private final String code;

    EpciLegalType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
