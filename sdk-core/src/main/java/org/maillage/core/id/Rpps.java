package org.maillage.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.internal.Luhn;

/**
 * An RPPS number (Répertoire partagé des professionnels de santé): the permanent 11-digit
 * identifier of a health professional, whose last digit is a Luhn key. The key rule is not
 * published by the ANS; see {@code docs/decisions.md}.
 *
 * @param value the eleven digits
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Rpps(String value) {

    /**
     * Checks the shape and the key; use {@link #parse(String)} to normalise first.
     *
     * @param value the eleven digits
     */
    public Rpps {
        Objects.requireNonNull(value, "value");
        String why = problem(value);
        if (why != null) {
            throw Identifiers.invalid("RPPS", value, why);
        }
    }

    /**
     * Parses an RPPS number, trimming white space.
     *
     * @param raw the text
     * @return the number
     * @throws IllegalArgumentException when it is not a valid RPPS number
     */
    public static Rpps parse(String raw) {
        return new Rpps(Identifiers.normalize(raw).replace(" ", ""));
    }

    /**
     * Whether the text is a valid RPPS number as it stands.
     *
     * @param value the text
     * @return true when valid
     */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /**
     * Why the text is not a valid RPPS number, or null when it is.
     *
     * @param value the text
     * @return a short English reason, or null
     */
    public static String problem(String value) {
        if (!Luhn.isDigits(value, 11)) {
            return "expected 11 digits";
        }
        return Luhn.isValid(value) ? null : "Luhn key does not match";
    }

    @Override
    public String toString() {
        return value;
    }
}
