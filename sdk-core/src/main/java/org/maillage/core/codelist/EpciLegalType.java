package org.maillage.core.codelist;

/** The legal type of an EPCI à fiscalité propre (closed codelist {@code epci-legal-type}). */
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
