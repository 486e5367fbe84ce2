package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.ZoneCategory;

/**
 * The category a zoning decision gives one territory.
 *
 * <p>Identity in its collection (how a diff matches it): territory.
 *
 * @param territory the id of the territory
 * @param category its zone category
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ZoneAssignment(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String territory,
        @NotNull ZoneCategory category) {

    /**
     * Requires territory, category.
     *
     * @param territory the id of the territory
     * @param category its zone category
     */
    public ZoneAssignment {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(category, "category");
    }
}
