package org.maillage.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.internal.Luhn;

/**
 * A SIRET number: the 14-digit identifier of an establishment, its SIREN followed by a 5-digit
 * internal number (NIC). The whole number passes the Luhn check, except the establishments of La
 * Poste (SIREN {@value Siren#LA_POSTE}), which also pass when their digit sum is a multiple of 5
 * (the head office, {@code 35600000000048}, passes the Luhn check).
 *
 * @param value the fourteen digits
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Siret(String value) {

    /**
     * Checks the shape and the key; use {@link #parse(String)} to normalise first.
     *
     * @param value the fourteen digits
     */
    public Siret {
        Objects.requireNonNull(value, "value");
        String why = problem(value);
        if (why != null) {
            throw Identifiers.invalid("SIRET", value, why);
        }
    }

    /**
     * Parses a SIRET, trimming white space (spaces between digit groups are removed).
     *
     * @param raw the text
     * @return the SIRET
     * @throws IllegalArgumentException when it is not a valid SIRET
     */
    public static Siret parse(String raw) {
        return new Siret(Identifiers.normalize(raw).replace(" ", ""));
    }

    /**
     * Whether the text is a valid SIRET as it stands.
     *
     * @param value the text
     * @return true when valid
     */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /**
     * Why the text is not a valid SIRET, or null when it is.
     *
     * @param value the text
     * @return a short English reason, or null
     */
    public static String problem(String value) {
        if (!Luhn.isDigits(value, 14)) {
            return "expected 14 digits";
        }
        if (value.startsWith(Siren.LA_POSTE) && Luhn.digitSum(value) % 5 == 0) {
            return null;
        }
        if (!Luhn.isValid(value.substring(0, 9))) {
            return "SIREN part fails its Luhn key";
        }
        return Luhn.isValid(value) ? null : "Luhn key does not match";
    }

    /**
     * The SIREN of the legal unit this establishment belongs to.
     *
     * @return the first nine digits as a SIREN
     */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    /**
     * The establishment's internal number within its legal unit (NIC).
     *
     * @return the last five digits
     */
    public String nic() {
        return value.substring(9);
    }

    @Override
    public String toString() {
        return value;
    }
}
