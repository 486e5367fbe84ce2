package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.id.IdentifierScheme;

/**
 * An official identifier carried by an entity: a scheme and a value. The value is kept as written
 * so that a wrong key is reported as a finding rather than refused on reading; {@link #problem()}
 * tells whether it passes the scheme's check rule.
 *
 * @param scheme the scheme
 * @param value the value as written
 * @since 0.1.0
 */
@ValidIdentifier
@API(status = STABLE, since = "0.1.0")
public record Identifier(@NotNull IdentifierScheme scheme, @NotNull String value) {

    /**
     * Requires both members.
     *
     * @param scheme the scheme
     * @param value the value as written
     */
    public Identifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Creates an identifier.
     *
     * @param scheme the scheme
     * @param value the value
     * @return the identifier
     */
    public static Identifier of(IdentifierScheme scheme, String value) {
        return new Identifier(scheme, value);
    }

    /**
     * Why the value fails its scheme's check rule, or null when it passes.
     *
     * @return a short English reason, or null
     */
    public String problem() {
        return scheme.problem(value);
    }
}
