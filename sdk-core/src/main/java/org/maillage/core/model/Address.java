package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.maillage.core.internal.Lists;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A postal address, as the source writes it.
 *
 * @param lines the lines before the postal code and city: number and street, place, complements
 * @param postalCode the postal code, or null
 * @param city the city as the postal service writes it (ligne d'acheminement), or null
 * @param country the country, or null when the source does not say
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Address(
        List<@NotNull String> lines,
        String postalCode,
        String city,
        String country) {

    /**
     * Null lines become empty.
     *
     * @param lines the lines before the postal code and city: number and street, place, complements
     * @param postalCode the postal code, or null
     * @param city the city as the postal service writes it (ligne d'acheminement), or null
     * @param country the country, or null when the source does not say
     */
    public Address {
        lines = Lists.copy(lines);
    }
}
