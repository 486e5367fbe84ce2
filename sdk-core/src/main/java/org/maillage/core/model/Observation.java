package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.ObservationStatus;
import org.maillage.core.internal.Lists;

/**
 * A value of an indicator for a territory and a period.
 *
 * @param id the id of the observation, unique in the dataset and stable across its versions
 * @param indicator the id of the indicator definition
 * @param territory the id of the territory
 * @param period the period the value is about
 * @param value the value, in the unit of the indicator
 * @param profession the profession the value is about, when the indicator is split by profession, or null
 * @param status how final the value is, or null
 * @param identifiers official identifiers (rarely used)
 * @param validFrom first day of the record (publication), or null when unknown or open
 * @param validTo last day of the record (until superseded), or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Observation(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String indicator,
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String territory,
        @Valid @NotNull Period period,
        @NotNull BigDecimal value,
        @Valid CodeRef profession,
        ObservationStatus status,
        List<@Valid @NotNull Identifier> identifiers,
        LocalDate validFrom,
        LocalDate validTo)
        implements Entity {

    /**
     * Requires id, indicator, territory, period, value; null lists become empty.
     *
     * @param id the id of the observation, unique in the dataset and stable across its versions
     * @param indicator the id of the indicator definition
     * @param territory the id of the territory
     * @param period the period the value is about
     * @param value the value, in the unit of the indicator
     * @param profession the profession the value is about, when the indicator is split by profession, or null
     * @param status how final the value is, or null
     * @param identifiers official identifiers (rarely used)
     * @param validFrom first day of the record (publication), or null when unknown or open
     * @param validTo last day of the record (until superseded), or null when still valid
     */
    public Observation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        identifiers = Lists.copy(identifiers);
    }

    /**
     * A final observation.
     *
     * @param id the id
     * @param indicator the id of the indicator definition
     * @param territory the id of the territory
     * @param period the period
     * @param value the value
     * @return the observation
     */
    public static Observation of(String id, String indicator, String territory, Period period, BigDecimal value) {
        return new Observation(id, indicator, territory, period, value, null, ObservationStatus.FINAL, List.of(), null, null);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.OBSERVATIONS;
    }
}
