package org.maillage.core.internal;

import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.constraints.ValidSiren;
import org.maillage.core.id.DepartementCode;
import org.maillage.core.id.InseeCommuneCode;
import org.maillage.core.id.RegionCode;
import org.maillage.core.id.Siren;

/** The code shape each territory kind requires. */
public final class TerritoryCodes {
    private TerritoryCodes() {}

    /**
     * Why a code does not suit a territory kind, or null when it does. Kinds whose codes are
     * given by their producers (health territories, bassins de vie…) accept any non-blank code.
     *
     * @param kind the kind, or null
     * @param code the code, or null
     * @return a short English reason, or null
     */
    public static String problem(TerritoryKind kind, String code) {
        if (kind == null || code == null) {
            return null;
        }
        return switch (kind) {
            case COMMUNE, COMMUNE_DELEGUEE, COMMUNE_ASSOCIEE, ARRONDISSEMENT_MUNICIPAL -> InseeCommuneCode.problem(code);
            case DEPARTEMENT -> DepartementCode.problem(code);
            case REGION -> RegionCode.problem(code);
            case EPCI, EPT -> Siren.problem(code);
            case COLLECTIVITE_OUTRE_MER -> code.matches("97[578]|98[0-9]") ? null : "expected 975, 977, 978 or 98x";
            default -> code.isBlank() ? "code is blank" : null;
        };
    }
}
