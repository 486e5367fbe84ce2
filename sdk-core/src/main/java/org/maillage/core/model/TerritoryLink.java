package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A dated link to another territory of the dataset, by id: a parent the territory belongs to, or a
 * member of its composition.
 *
 * @param territory the id of the other territory
 * @param validFrom first day of the link, or null
 * @param validTo last day of the link, or null
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record TerritoryLink(@NotBlank @Pattern(regexp = Entity.ID_PATTERN) String territory, LocalDate validFrom, LocalDate validTo) implements Dated {

    /**
     * Requires the territory id.
     *
     * @param territory the id of the other territory
     * @param validFrom first day of the link, or null
     * @param validTo last day of the link, or null
     */
    public TerritoryLink {
        Objects.requireNonNull(territory, "territory");
    }

    /**
     * An undated link.
     *
     * @param territory the id of the other territory
     * @return the link
     */
    public static TerritoryLink to(String territory) {
        return new TerritoryLink(territory, null, null);
    }
}
