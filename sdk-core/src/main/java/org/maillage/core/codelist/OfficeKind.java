package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * An office held by whoever sits in a body, when a membership names the office rather than the person (closed codelist {@code office-kind}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum OfficeKind implements Coded {
    /** Maire: mayor. */
    MAYOR("mayor"),
    /** Adjoint au maire: deputy mayor. */
    DEPUTY_MAYOR("deputy-mayor"),
    /** Conseiller municipal: municipal councillor. */
    MUNICIPAL_COUNCILLOR("municipal-councillor"),
    /** Président d'EPCI: intercommunality president. */
    EPCI_PRESIDENT("epci-president"),
    /** Conseiller communautaire: intercommunal councillor. */
    EPCI_COUNCILLOR("epci-councillor"),
    /** Président du conseil départemental: president of the département council. */
    DEPARTEMENT_PRESIDENT("departement-president"),
    /** Conseiller départemental: département councillor. */
    DEPARTEMENTAL_COUNCILLOR("departemental-councillor"),
    /** Président du conseil régional: president of the regional council. */
    REGION_PRESIDENT("region-president"),
    /** Conseiller régional: regional councillor. */
    REGIONAL_COUNCILLOR("regional-councillor"),
    /** Préfet: prefect. */
    PREFET("prefet"),
    /** Sous-préfet: sub-prefect. */
    SOUS_PREFET("sous-prefet"),
    /** Directeur général de l'ARS: aRS director general. */
    DG_ARS("dg-ars"),
    /** Délégué départemental de l'ARS: aRS departmental delegate. */
    ARS_DELEGATE("ars-delegate"),
    /** Directeur de la CPAM: health insurance fund director. */
    CPAM_DIRECTOR("cpam-director"),
    /** Directeur d'établissement de santé: hospital director. */
    HOSPITAL_DIRECTOR("hospital-director"),
    /** Député: member of Parliament. */
    MEMBER_OF_PARLIAMENT("member-of-parliament"),
    /** Sénateur: senator. */
    SENATOR("senator"),
    /** Autre fonction: other office. */
    OTHER("other");

    private final String code;

    OfficeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
