package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.PopulationKind;

/**
 * A population figure of a territory.
 *
 * @param value number of inhabitants
 * @param year the reference year of the census figure
 * @param kind which legal population it is
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Population(@PositiveOrZero long value, @Min(1800) @Max(2200) int year, @NotNull PopulationKind kind) {

    /**
     * Requires the kind.
     *
     * @param value number of inhabitants
     * @param year the reference year of the census figure
     * @param kind which legal population it is
     */
    public Population {
        Objects.requireNonNull(kind, "kind");
    }
}
