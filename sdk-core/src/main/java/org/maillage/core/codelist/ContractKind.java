package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a contract is (closed codelist {@code contract-kind}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ContractKind implements Coded {
    /** Contrat local de santé: local health contract. Signed at least by the ARS and a collectivité; usually 5 years. */
    CLS("cls"),
    /** Contrat local de santé renforcé: reinforced local health contract. Proposed by the seeds: pools the engineering of the EPCI, CPTS and hospitals. */
    CLS_RENFORCE("cls-renforce"),
    /** Contrat territorial de santé: territorial health contract. */
    CONTRAT_TERRITORIAL_SANTE("contrat-territorial-sante"),
    /** Contrat territorial de santé mentale: territorial mental health contract. Implements a projet territorial de santé mentale (PTSM). */
    CONTRAT_TERRITORIAL_SANTE_MENTALE("contrat-territorial-sante-mentale"),
    /** Contrat pluriannuel d'objectifs et de moyens: multi-year objectives and means contract. Between the ARS and a facility's legal entity. */
    CPOM("cpom"),
    /** Accord conventionnel interprofessionnel CPTS: cPTS interprofessional agreement. Contract of a CPTS with the CPAM and the ARS. */
    ACI_CPTS("aci-cpts"),
    /** Convention constitutive de GHT: gHT founding convention. */
    GHT_CONVENTION("ght-convention");

    private final String code;

    ContractKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
