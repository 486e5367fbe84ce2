package org.maillage.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.internal.Luhn;

/**
 * A FINESS number (Fichier national des établissements sanitaires et sociaux), of a legal entity
 * (EJ) or of a site (ET): nine characters starting with the département code ({@code 2A} or
 * {@code 2B} in Corsica, {@code 97} overseas), the last one a Luhn key computed after replacing
 * {@code 2A} by {@code 21} and {@code 2B} by {@code 22}.
 *
 * @param value the nine characters
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Finess(String value) {

    /**
     * Checks the shape and the key; use {@link #parse(String)} to normalise first.
     *
     * @param value the nine characters
     */
    public Finess {
        Objects.requireNonNull(value, "value");
        String why = problem(value);
        if (why != null) {
            throw Identifiers.invalid("FINESS", value, why);
        }
    }

    /**
     * Parses a FINESS number, trimming and upper-casing ({@code 2a0000014} → {@code 2A0000014}).
     *
     * @param raw the text
     * @return the number
     * @throws IllegalArgumentException when it is not a valid FINESS number
     */
    public static Finess parse(String raw) {
        return new Finess(Identifiers.normalize(raw));
    }

    /**
     * Whether the text is a valid FINESS number as it stands.
     *
     * @param value the text
     * @return true when valid
     */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /**
     * Why the text is not a valid FINESS number, or null when it is.
     *
     * @param value the text
     * @return a short English reason, or null
     */
    public static String problem(String value) {
        if (value.length() != 9) {
            return "expected 9 characters";
        }
        String digits;
        if (value.startsWith("2A")) {
            digits = "21" + value.substring(2);
        } else if (value.startsWith("2B")) {
            digits = "22" + value.substring(2);
        } else {
            digits = value;
        }
        if (!Luhn.isDigits(digits, 9)) {
            return "expected 9 digits, or 2A/2B followed by 7 digits";
        }
        if (digits.startsWith("00") || digits.startsWith("20") && !value.startsWith("2A") && !value.startsWith("2B")) {
            return "does not start with a département code";
        }
        return Luhn.isValid(digits) ? null : "Luhn key does not match";
    }

    /**
     * The département part of the number: two characters ({@code 25}, {@code 2A}), or {@code 97}
     * for overseas numbers, whose third digit is not a reliable département digit.
     *
     * @return the prefix
     */
    public String departementPrefix() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
