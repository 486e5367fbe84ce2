package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The part an organisation takes in a contract (closed codelist {@code party-role}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
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
