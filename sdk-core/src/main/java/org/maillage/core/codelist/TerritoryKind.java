package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a territory is (closed codelist {@code territory-kind}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum TerritoryKind implements Coded {
    /** Commune (COG type COM). */
    COMMUNE("commune"),
    /** Commune déléguée of a commune nouvelle (COG type COMD). */
    COMMUNE_DELEGUEE("commune-deleguee"),
    /** Commune associée (COG type COMA). */
    COMMUNE_ASSOCIEE("commune-associee"),
    /** Arrondissement municipal of Paris, Lyon or Marseille (COG type ARM). */
    ARRONDISSEMENT_MUNICIPAL("arrondissement-municipal"),
    /** EPCI à fiscalité propre: CC, CA, CU, métropole, Métropole de Lyon. */
    EPCI("epci"),
    /** Établissement public territorial of the Métropole du Grand Paris. */
    EPT("ept"),
    /** Pôle d'équilibre territorial et rural, or pays. */
    PETR("petr"),
    /** Département. */
    DEPARTEMENT("departement"),
    /** Région. */
    REGION("region"),
    /** Overseas collectivity (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Pacific). */
    COLLECTIVITE_OUTRE_MER("collectivite-outre-mer"),
    /** INSEE bassin de vie. */
    BASSIN_DE_VIE("bassin-de-vie"),
    /** INSEE zone d'emploi. */
    ZONE_EMPLOI("zone-emploi"),
    /** Territoire de vie-santé (DREES), the unit of doctor zoning. */
    TVS("tvs"),
    /** Territoire de démocratie sanitaire set by an ARS. */
    TERRITOIRE_DEMOCRATIE_SANITAIRE("territoire-democratie-sanitaire"),
    /** Quartier prioritaire de la politique de la ville. */
    QPV("qpv"),
    /** Any other health territory (CPTS, GHT, CLS or PTSM perimeter, territoire prioritaire de santé). */
    OTHER_HEALTH_TERRITORY("other-health-territory");

    private final String code;

    TerritoryKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Whether territories of this kind are communes or parts of communes, the leaves of the
     * administrative tree.
     *
     * @return true for communes, communes déléguées and associées and arrondissements municipaux
     */
    public boolean isCommuneLevel() {
        return this == COMMUNE || this == COMMUNE_DELEGUEE || this == COMMUNE_ASSOCIEE || this == ARRONDISSEMENT_MUNICIPAL;
    }
}
