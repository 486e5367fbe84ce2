package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.maillage.core.codelist.CptsSizeClass;
import org.maillage.core.internal.Lists;

/**
 * What is particular to a CPTS (communauté professionnelle territoriale de santé, territorial professional health community).
 *
 * @param sizeClass its size class by population covered, or null
 * @param missions its missions and their status
 * @param aciSignatureDate the date it signed its ACI (accord conventionnel interprofessionnel), or null
 * @param contracts the ids of the local health contracts (CLS) it relies on
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record CptsProfile(
        CptsSizeClass sizeClass,
        List<@Valid @NotNull Mission> missions,
        LocalDate aciSignatureDate,
        List<@NotNull @Pattern(regexp = Entity.ID_PATTERN) String> contracts) {

    /**
     * Null lists become empty.
     *
     * @param sizeClass its size class by population covered, or null
     * @param missions its missions and their status
     * @param aciSignatureDate the date it signed its ACI (accord conventionnel interprofessionnel), or null
     * @param contracts the ids of the local health contracts (CLS) it relies on
     */
    public CptsProfile {
        missions = Lists.copy(missions);
        contracts = Lists.copy(contracts);
    }

    /**
     * A profile that names no contract it relies on.
     *
     * @param sizeClass its size class by population covered, or null
     * @param missions its missions and their status
     * @param aciSignatureDate the date it signed its ACI, or null
     */
    public CptsProfile(CptsSizeClass sizeClass, List<Mission> missions, LocalDate aciSignatureDate) {
        this(sizeClass, missions, aciSignatureDate, List.of());
    }
}
