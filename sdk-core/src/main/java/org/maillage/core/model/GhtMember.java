package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.GhtRole;

/**
 * An establishment's membership of a GHT, seen from the GHT.
 *
 * <p>Identity in its collection (how a diff matches it): organization.
 *
 * @param organization the id of the member hospital (legal entity)
 * @param role its role in the GHT
 * @param validFrom first day of membership, or null when unknown or open
 * @param validTo last day of membership, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record GhtMember(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String organization,
        @NotNull GhtRole role,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    /**
     * Requires organization, role.
     *
     * @param organization the id of the member hospital (legal entity)
     * @param role its role in the GHT
     * @param validFrom first day of membership, or null when unknown or open
     * @param validTo last day of membership, or null when still valid
     */
    public GhtMember {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(role, "role");
    }
}
