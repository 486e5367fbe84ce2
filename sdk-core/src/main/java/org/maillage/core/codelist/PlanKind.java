package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a plan or project is: a regional, territorial or local health plan, a project of a CPTS or a GHT, a diagnosis (closed codelist {@code plan-kind}).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum PlanKind implements Coded {
    /** Projet régional de santé: regional health project. Set by the DG ARS for the région after the CRSA's opinion: a ten-year strategic frame and five-year regional schemes (CSP L1434-1 to L1434-3). */
    PRS("prs"),
    /** Projet territorial de santé mentale: territorial mental health project. Drawn up by the mental-health actors of a territory, set by the DG ARS for five years after the opinion of the conseils territoriaux de santé (CSP L3221-2); implemented by a contrat territorial de santé mentale. */
    PTSM("ptsm"),
    /** Projet territorial de santé: territorial health project. Drawn up by CPTS, health establishments and other actors of a territory, with the local authorities (CSP L1434-10; loi n° 2019-774). */
    PTS("pts"),
    /** Projet de santé de CPTS: cPTS health project. The health project a CPTS submits to the ARS (CSP L1434-12); implemented by its ACI contract. */
    CPTS_HEALTH_PROJECT("cpts-health-project"),
    /** Projet médical partagé de GHT: gHT shared medical project. The shared medical project of a GHT's establishments, part of its founding convention, for five years (CSP L6132-1, R6132-3). */
    GHT_SHARED_MEDICAL_PROJECT("ght-shared-medical-project"),
    /** Diagnostic local de santé: local health diagnosis. The diagnosis of a territory's health needs on which a local health contract rests. */
    CLS_LOCAL_DIAGNOSIS("cls-local-diagnosis"),
    /** Diagnostic territorial partagé: shared territorial diagnosis. Drawn up by the ARS with the conseil territorial de santé for a territoire de démocratie sanitaire (CSP L1434-10). */
    TERRITORIAL_DIAGNOSIS("territorial-diagnosis"),
    /** Autre plan ou projet: other plan or project. */
    OTHER("other");

    private final String code;

    PlanKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
