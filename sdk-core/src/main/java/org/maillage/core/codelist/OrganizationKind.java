package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What an organisation is: a body, an authority, a health actor or a governance committee (closed codelist {@code organization-kind}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum OrganizationKind implements Coded {
    /** Agence régionale de santé: regional health agency. The State's health agency for a région; 18 of them. */
    ARS("ars"),
    /** Délégation départementale de l'ARS: aRS departmental delegation. The departmental office of an ARS; its parent is the ARS. */
    ARS_DELEGATION("ars-delegation"),
    /** Préfecture: prefecture. The State in a département or a région. */
    PREFECTURE("prefecture"),
    /** Commune (collectivité): municipality. The commune as a local authority; linked to its territory. */
    COMMUNE("commune"),
    /** Établissement public de coopération intercommunale: intercommunal authority. CC, CA, CU or métropole as an authority; linked to its territory. */
    EPCI("epci"),
    /** Établissement public territorial: public territorial establishment. An EPT of the Métropole du Grand Paris as an authority. */
    EPT("ept"),
    /** Pôle d'équilibre territorial et rural: rural territorial cluster. A PETR or pays as a body; linked to its territory. */
    PETR("petr"),
    /** Conseil départemental: département council. The département as a local authority; linked to its territory. */
    DEPARTEMENT("departement"),
    /** Conseil régional: regional council. The région as a local authority; linked to its territory. */
    REGION("region"),
    /** Collectivité à statut particulier: single or special-status authority. Collectivité de Corse, Guyane, Martinique, overseas collectivities; linked to its territory. */
    COLLECTIVITE_UNIQUE("collectivite-unique"),
    /** Caisse d'assurance maladie: health insurance fund. CPAM, CGSS or CNAM. */
    ASSURANCE_MALADIE("assurance-maladie"),
    /** Service ou opérateur de l'État: state department or agency. A ministry or State agency such as the DREES or INSEE, for instance as an indicator producer. */
    STATE_SERVICE("state-service"),
    /** Union régionale des professionnels de santé: regional union of health professionals. Elected representation of a liberal profession in a région. */
    URPS("urps"),
    /** Établissement de santé: hospital legal entity. Public or private health establishment as a legal entity (FINESS EJ); its sites are facilities. */
    HOSPITAL("hospital"),
    /** Organisme gestionnaire médico-social: medico-social operator. Legal entity running social and medico-social facilities (EHPAD, SSIAD…). */
    MEDICO_SOCIAL_OPERATOR("medico-social-operator"),
    /** Groupement hospitalier de territoire: territorial hospital group. Convention between public hospitals without legal personality, with exactly one support establishment. */
    GHT("ght"),
    /** Communauté professionnelle territoriale de santé: territorial professional health community. Health professionals of a territory, usually an association, under an ACI contract (FINESS 604). */
    CPTS("cpts"),
    /** Maison de santé pluriprofessionnelle: multi-professional health centre. FINESS category 603. */
    MSP("msp"),
    /** Centre de santé: health centre. Centre with salaried practitioners; FINESS category 124. */
    CENTRE_SANTE("centre-sante"),
    /** Équipe de soins primaires: primary care team. */
    ESP("esp"),
    /** Dispositif d'appui à la coordination: care coordination support service. FINESS category 606. */
    DAC("dac"),
    /** Conseil local de santé mentale: local mental health council. Elected officials, psychiatry and users of a territory. */
    CLSM("clsm"),
    /** Conférence régionale de la santé et de l'autonomie: regional health and autonomy conference. Regional consultation body of an ARS. */
    CRSA("crsa"),
    /** Conseil territorial de santé: territorial health council. One per territoire de démocratie sanitaire (CSP L1434-10 I); members in five colleges; 5-year mandate; gives its opinion on the PRS and the PTSM. */
    CTS("cts"),
    /** Conseil de surveillance: hospital supervisory board. Board of a public hospital: three colleges of equal size, 9 or 15 members; its parent is the hospital. */
    CONSEIL_SURVEILLANCE("conseil-surveillance"),
    /** Conseil d'administration: hospital board of directors. Decision-making board; the seeds propose restoring them in place of supervisory boards. */
    CONSEIL_ADMINISTRATION("conseil-administration"),
    /** CODAMUPS-TS: departmental emergency care committee. Comité départemental de l'aide médicale urgente, de la permanence des soins et des transports sanitaires; co-chaired by the préfet and the DG ARS. */
    CODAMUPS_TS("codamups-ts"),
    /** Conseil d'administration de l'ARS: aRS board of directors. Called conseil de surveillance until the 3DS law; chaired by the préfet de région, with eight representatives of local authorities (CSP L1432-3, D1432-15); its parent is the ARS. */
    ARS_BOARD("ars-board"),
    /** Comité territorial des élus locaux du GHT: gHT local elected officials committee. The mayors of the communes where the member establishments have their seat sit by right (CSP R6132-13); its parent is the GHT. */
    GHT_ELECTED_COMMITTEE("ght-elected-committee"),
    /** Comité de pilotage de contrat local de santé: local health contract steering committee. The COPIL of a CLS. */
    CLS_STEERING_COMMITTEE("cls-steering-committee"),
    /** Conseil local de santé publique: local public health council. Proposed by the seeds: mayor, préfet, DG ARS and professionals. */
    CONSEIL_LOCAL_SANTE_PUBLIQUE("conseil-local-sante-publique"),
    /** Conseil de santé territorial: territorial health board. Proposed by the seeds: users, professionals and elected officials under ARS coordination. */
    CONSEIL_SANTE_TERRITORIAL("conseil-sante-territorial"),
    /** Territoire prioritaire de santé: priority health territory. Proposed by the seeds: the body steering a priority health territory; its perimeter is its jurisdiction. */
    TERRITOIRE_PRIORITAIRE_SANTE("territoire-prioritaire-sante"),
    /** Association. Users' association, professional association or other non-profit body. */
    ASSOCIATION("association"),
    /** Autre organisme: other body. */
    OTHER("other");

    private final String code;

    OrganizationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
