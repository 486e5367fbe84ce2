package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.OfficeKind;

/**
 * An office held by whoever sits in a body ("maire de Besançon"), named when a membership is tied to the office rather than to a person.
 *
 * @param kind the office
 * @param territory the id of the territory the office is for (the commune of a mayor), or null
 * @param organization the id of the organisation the office is in (the hospital of a director), or null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Office(
        @NotNull OfficeKind kind,
        @Pattern(regexp = Entity.ID_PATTERN) String territory,
        @Pattern(regexp = Entity.ID_PATTERN) String organization) {

    /**
     * Requires kind.
     *
     * @param kind the office
     * @param territory the id of the territory the office is for (the commune of a mayor), or null
     * @param organization the id of the organisation the office is in (the hospital of a director), or null
     */
    public Office {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * An office for a territory, such as the mayor of a commune.
     *
     * @param kind the office
     * @param territory the id of the territory
     * @return the office
     */
    public static Office of(OfficeKind kind, String territory) {
        return new Office(kind, territory, null);
    }
}
