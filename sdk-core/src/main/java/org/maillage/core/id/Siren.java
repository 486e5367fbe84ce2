package org.maillage.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.internal.Luhn;

/**
 * A SIREN number: the 9-digit INSEE identifier of a legal unit (company, association, commune,
 * EPCI, hospital). The ninth digit is a Luhn key.
 *
 * @param value the nine digits
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Siren(String value) {

    /** The SIREN of La Poste, whose establishments follow a different SIRET key rule. */
    public static final String LA_POSTE = "356000000";

    /**
     * Checks the shape and the key; use {@link #parse(String)} to normalise first.
     *
     * @param value the nine digits
     */
    public Siren {
        Objects.requireNonNull(value, "value");
        String why = problem(value);
        if (why != null) {
            throw Identifiers.invalid("SIREN", value, why);
        }
    }

    /**
     * Parses a SIREN, trimming white space (spaces between digit groups are removed).
     *
     * @param raw the text
     * @return the SIREN
     * @throws IllegalArgumentException when it is not a valid SIREN
     */
    public static Siren parse(String raw) {
        return new Siren(Identifiers.normalize(raw).replace(" ", ""));
    }

    /**
     * Whether the text is a valid SIREN as it stands (no normalisation).
     *
     * @param value the text
     * @return true when valid
     */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /**
     * Why the text is not a valid SIREN, or null when it is.
     *
     * @param value the text
     * @return a short English reason, or null
     */
    public static String problem(String value) {
        if (!Luhn.isDigits(value, 9)) {
            return "expected 9 digits";
        }
        return Luhn.isValid(value) ? null : "Luhn key does not match";
    }

    @Override
    public String toString() {
        return value;
    }
}
