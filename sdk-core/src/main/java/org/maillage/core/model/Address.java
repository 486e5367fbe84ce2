package org.maillage.core.model;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A postal address, as the source writes it.
 *
 * @param lines the lines before the postal code and city: number and street, place, complements
 * @param postalCode the postal code, or null
 * @param city the city as the postal service writes it (ligne d'acheminement), or null
 * @param country the country, or null when the source does not say
 */
public record Address(
        List<@NotNull String> lines,
        String postalCode,
        String city,
        String country) {

    /** Null lines become empty. */
    public Address {
        lines = Lists.copy(lines);
    }
}
