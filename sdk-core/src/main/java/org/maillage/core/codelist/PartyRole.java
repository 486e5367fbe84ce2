package org.maillage.core.codelist;

/** The part an organisation takes in a contract (closed codelist {@code party-role}). */
public enum PartyRole implements Coded {
    /** Signataire: signatory. */
    SIGNATORY("signatory"),
    /** Partenaire associé: associated partner. Takes part without signing. */
    PARTNER("partner"),
    /** Financeur: funder. Funds the contract without signing it. */
    FUNDER("funder");

    private final String code;

    PartyRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
