package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.CptsMission;
import org.maillage.core.codelist.MissionStatus;

/**
 * A mission a CPTS has taken on under its ACI, and how far it has got.
 *
 * <p>Identity in its collection (how a diff matches it): mission.
 *
 * @param mission the mission
 * @param status how far it has got
 * @param validFrom first day of this status, or null when unknown or open
 * @param validTo last day of this status, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Mission(
        @NotNull CptsMission mission,
        @NotNull MissionStatus status,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    /**
     * Requires mission, status.
     *
     * @param mission the mission
     * @param status how far it has got
     * @param validFrom first day of this status, or null when unknown or open
     * @param validTo last day of this status, or null when still valid
     */
    public Mission {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(status, "status");
    }
}
