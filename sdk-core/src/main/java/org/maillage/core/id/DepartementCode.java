package org.maillage.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An INSEE code of a département: {@code 01}–{@code 19}, {@code 2A}, {@code 2B}, {@code 21}–{@code 95},
 * {@code 971}–{@code 974}, {@code 976}. Overseas collectivities (975, 977, 978, 98x) are not
 * départements.
 *
 * @param value the code
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record DepartementCode(String value) {

    /**
     * Checks the code; use {@link #parse(String)} to normalise first.
     *
     * @param value the code
     */
    public DepartementCode {
        Objects.requireNonNull(value, "value");
        String why = problem(value);
        if (why != null) {
            throw Identifiers.invalid("département code", value, why);
        }
    }

    /**
     * Parses a département code, trimming and upper-casing ({@code 2b} → {@code 2B}).
     *
     * @param raw the text
     * @return the code
     * @throws IllegalArgumentException when it is not a département code
     */
    public static DepartementCode parse(String raw) {
        return new DepartementCode(Identifiers.normalize(raw));
    }

    /**
     * Whether the text is a département code.
     *
     * @param value the text
     * @return true when valid
     */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /**
     * Why the text is not a département code, or null when it is.
     *
     * @param value the text
     * @return a short English reason, or null
     */
    public static String problem(String value) {
        if (value.equals("2A") || value.equals("2B")) {
            return null;
        }
        if (value.length() == 2 && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(1))) {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 95 && n != 20) {
                return null;
            }
            return n == 20 ? "20 was split into 2A and 2B in 1976" : "not between 01 and 95";
        }
        if (value.length() == 3 && value.matches("97[1-46]")) {
            return null;
        }
        if (value.matches("97[578]|98[0-9]")) {
            return "an overseas collectivity, not a département";
        }
        return "expected 01-95, 2A, 2B, 971-974 or 976";
    }

    /**
     * Whether the département is overseas (a DROM).
     *
     * @return true for 971–976
     */
    public boolean isOverseas() {
        return value.length() == 3;
    }

    @Override
    public String toString() {
        return value;
    }
}
