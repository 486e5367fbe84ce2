package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.internal.Lists;

/**
 * Who publishes a dataset.
 *
 * @param name the publisher's name
 * @param identifiers official identifiers (SIREN of an ARS, a collectivité…)
 * @param url a web address, or null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Publisher(@NotBlank String name, List<@Valid @NotNull Identifier> identifiers, String url) {

    /**
     * Requires the name.
     *
     * @param name the publisher's name
     * @param identifiers official identifiers (SIREN of an ARS, a collectivité…)
     * @param url a web address, or null
     */
    public Publisher {
        Objects.requireNonNull(name, "name");
        identifiers = Lists.copy(identifiers);
    }

    /**
     * A publisher with only a name.
     *
     * @param name the name
     * @return the publisher
     */
    public static Publisher named(String name) {
        return new Publisher(name, List.of(), null);
    }
}
