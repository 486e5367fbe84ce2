package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A capacity of a facility (beds, places) for a period.
 *
 * <p>Identity in its collection (how a diff matches it): kind code + validFrom.
 *
 * @param kind what is counted
 * @param value how many
 * @param validFrom first day of the figure, or null when unknown or open
 * @param validTo last day of the figure, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Capacity(
        @Valid @NotNull CodeRef kind,
        @PositiveOrZero int value,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    /**
     * Requires kind.
     *
     * @param kind what is counted
     * @param value how many
     * @param validFrom first day of the figure, or null when unknown or open
     * @param validTo last day of the figure, or null when still valid
     */
    public Capacity {
        Objects.requireNonNull(kind, "kind");
    }
}
