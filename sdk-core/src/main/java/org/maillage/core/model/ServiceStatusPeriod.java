package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.ServiceStatus;

/**
 * The status of a facility's service over a period.
 *
 * <p>Identity in its collection (how a diff matches it): validFrom.
 *
 * @param status the status
 * @param facility the id of the facility whose practitioners hold the advanced consultations, or null
 * @param validFrom first day of the status, or null when unknown or open
 * @param validTo last day of the status, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record ServiceStatusPeriod(
        @NotNull ServiceStatus status,
        @Pattern(regexp = Entity.ID_PATTERN) String facility,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    /**
     * Requires status.
     *
     * @param status the status
     * @param facility the id of the facility whose practitioners hold the advanced consultations, or null
     * @param validFrom first day of the status, or null when unknown or open
     * @param validTo last day of the status, or null when still valid
     */
    public ServiceStatusPeriod {
        Objects.requireNonNull(status, "status");
    }
}
