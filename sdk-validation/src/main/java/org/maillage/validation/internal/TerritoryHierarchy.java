package org.maillage.validation.internal;

import static org.maillage.core.codelist.TerritoryKind.ARRONDISSEMENT_MUNICIPAL;
import static org.maillage.core.codelist.TerritoryKind.BASSIN_DE_VIE;
import static org.maillage.core.codelist.TerritoryKind.COLLECTIVITE_OUTRE_MER;
import static org.maillage.core.codelist.TerritoryKind.COMMUNE;
import static org.maillage.core.codelist.TerritoryKind.COMMUNE_ASSOCIEE;
import static org.maillage.core.codelist.TerritoryKind.COMMUNE_DELEGUEE;
import static org.maillage.core.codelist.TerritoryKind.DEPARTEMENT;
import static org.maillage.core.codelist.TerritoryKind.EPCI;
import static org.maillage.core.codelist.TerritoryKind.EPT;
import static org.maillage.core.codelist.TerritoryKind.OTHER_HEALTH_TERRITORY;
import static org.maillage.core.codelist.TerritoryKind.PETR;
import static org.maillage.core.codelist.TerritoryKind.QPV;
import static org.maillage.core.codelist.TerritoryKind.REGION;
import static org.maillage.core.codelist.TerritoryKind.TERRITOIRE_DEMOCRATIE_SANITAIRE;
import static org.maillage.core.codelist.TerritoryKind.TVS;
import static org.maillage.core.codelist.TerritoryKind.ZONE_EMPLOI;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.maillage.core.codelist.Coded;
import org.maillage.core.codelist.TerritoryKind;

/**
 * Which territory kinds may contain which: the parents a territory of each kind may have. A
 * composition ({@code members}) is checked as the same relation read the other way: X may have
 * member M when X may be a parent of M. So an EPCI's members must be communes, a région's members
 * départements or communes, a commune's members its communes déléguées, associées or
 * arrondissements municipaux.
 */
public final class TerritoryHierarchy {
    /** The member of a territory that names the territories it belongs to. */
    public static final String PARENTS = "parents";
    /** The member of a territory that names the territories it is made of. */
    public static final String MEMBERS = "members";

    private TerritoryHierarchy() {}

    private static final Map<TerritoryKind, Set<TerritoryKind>> ALLOWED_PARENTS = new EnumMap<>(TerritoryKind.class);

    static {
        Set<TerritoryKind> aboveCommune = EnumSet.of(EPCI, EPT, PETR, DEPARTEMENT, REGION, COLLECTIVITE_OUTRE_MER,
                BASSIN_DE_VIE, ZONE_EMPLOI, TVS, TERRITOIRE_DEMOCRATIE_SANITAIRE, OTHER_HEALTH_TERRITORY);
        ALLOWED_PARENTS.put(COMMUNE, aboveCommune);
        Set<TerritoryKind> belowCommune = EnumSet.of(COMMUNE, DEPARTEMENT, REGION, COLLECTIVITE_OUTRE_MER,
                TERRITOIRE_DEMOCRATIE_SANITAIRE, OTHER_HEALTH_TERRITORY);
        ALLOWED_PARENTS.put(COMMUNE_DELEGUEE, belowCommune);
        ALLOWED_PARENTS.put(COMMUNE_ASSOCIEE, belowCommune);
        ALLOWED_PARENTS.put(ARRONDISSEMENT_MUNICIPAL, belowCommune);
        ALLOWED_PARENTS.put(EPCI, EnumSet.of(PETR, DEPARTEMENT, REGION, TERRITOIRE_DEMOCRATIE_SANITAIRE, OTHER_HEALTH_TERRITORY));
        ALLOWED_PARENTS.put(EPT, EnumSet.of(EPCI, DEPARTEMENT, REGION, TERRITOIRE_DEMOCRATIE_SANITAIRE, OTHER_HEALTH_TERRITORY));
        ALLOWED_PARENTS.put(PETR, EnumSet.of(DEPARTEMENT, REGION, TERRITOIRE_DEMOCRATIE_SANITAIRE, OTHER_HEALTH_TERRITORY));
        ALLOWED_PARENTS.put(DEPARTEMENT, EnumSet.of(REGION, TERRITOIRE_DEMOCRATIE_SANITAIRE, OTHER_HEALTH_TERRITORY));
        ALLOWED_PARENTS.put(REGION, EnumSet.noneOf(TerritoryKind.class));
        ALLOWED_PARENTS.put(COLLECTIVITE_OUTRE_MER, EnumSet.noneOf(TerritoryKind.class));
        ALLOWED_PARENTS.put(BASSIN_DE_VIE, EnumSet.of(DEPARTEMENT, REGION, OTHER_HEALTH_TERRITORY));
        ALLOWED_PARENTS.put(ZONE_EMPLOI, EnumSet.of(DEPARTEMENT, REGION, OTHER_HEALTH_TERRITORY));
        ALLOWED_PARENTS.put(TVS, EnumSet.of(DEPARTEMENT, REGION, TERRITOIRE_DEMOCRATIE_SANITAIRE, OTHER_HEALTH_TERRITORY));
        ALLOWED_PARENTS.put(TERRITOIRE_DEMOCRATIE_SANITAIRE, EnumSet.of(DEPARTEMENT, REGION, OTHER_HEALTH_TERRITORY));
        ALLOWED_PARENTS.put(QPV, EnumSet.of(COMMUNE, EPCI, EPT, DEPARTEMENT, REGION, TERRITOIRE_DEMOCRATIE_SANITAIRE,
                OTHER_HEALTH_TERRITORY));
        ALLOWED_PARENTS.put(OTHER_HEALTH_TERRITORY, EnumSet.of(EPCI, EPT, PETR, DEPARTEMENT, REGION, COLLECTIVITE_OUTRE_MER,
                TERRITOIRE_DEMOCRATIE_SANITAIRE, OTHER_HEALTH_TERRITORY));
        for (TerritoryKind k : TerritoryKind.values()) {
            if (!ALLOWED_PARENTS.containsKey(k)) {
                throw new ExceptionInInitializerError("no hierarchy for territory kind " + k);
            }
        }
    }

    /** The kind of a code, or null when the code is not a territory kind. */
    public static TerritoryKind kind(String code) {
        if (code == null) {
            return null;
        }
        for (TerritoryKind k : TerritoryKind.values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        return null;
    }

    /** Whether a territory of kind {@code child} may belong to one of kind {@code parent}. */
    public static boolean mayBelongTo(TerritoryKind child, TerritoryKind parent) {
        return ALLOWED_PARENTS.get(child).contains(parent);
    }

    /** The kinds a territory of this kind may belong to, as codes. */
    public static String allowedParents(TerritoryKind child) {
        return codes(ALLOWED_PARENTS.get(child));
    }

    /** The kinds a territory of this kind may have as members, as codes. */
    public static String allowedMembers(TerritoryKind parent) {
        Set<TerritoryKind> members = EnumSet.noneOf(TerritoryKind.class);
        ALLOWED_PARENTS.forEach((child, parents) -> {
            if (parents.contains(parent)) {
                members.add(child);
            }
        });
        return codes(members);
    }

    private static String codes(Set<TerritoryKind> kinds) {
        if (kinds.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (Coded k : kinds) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(k.code());
        }
        return sb.toString();
    }
}
