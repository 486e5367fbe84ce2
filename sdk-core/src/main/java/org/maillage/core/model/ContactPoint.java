package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.maillage.core.codelist.ContactSystem;

/**
 * A way to reach a facility: a telephone or fax number, an e-mail address, a web site. Identity in
 * its collection: system + value.
 *
 * @param system how it is reached
 * @param value the number or address, as written
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ContactPoint(@NotNull ContactSystem system, @NotBlank String value) {

    /**
     * Requires both members.
     *
     * @param system how it is reached
     * @param value the number or address, as written
     */
    public ContactPoint {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(value, "value");
    }
}
