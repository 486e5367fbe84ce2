package org.maillage.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An INSEE code of a région: two digits. Which codes exist is a question for a COG vintage, so only
 * the shape is checked here.
 *
 * @param value the two digits
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record RegionCode(String value) {

    /**
     * Checks the shape.
     *
     * @param value the two digits
     */
    public RegionCode {
        Objects.requireNonNull(value, "value");
        String why = problem(value);
        if (why != null) {
            throw Identifiers.invalid("région code", value, why);
        }
    }

    /**
     * Parses a région code, trimming white space.
     *
     * @param raw the text
     * @return the code
     * @throws IllegalArgumentException when the shape is wrong
     */
    public static RegionCode parse(String raw) {
        return new RegionCode(Identifiers.normalize(raw));
    }

    /**
     * Whether the text has the shape of a région code.
     *
     * @param value the text
     * @return true when valid
     */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /**
     * Why the text is not a région code, or null when it is.
     *
     * @param value the text
     * @return a short English reason, or null
     */
    public static String problem(String value) {
        return value.matches("[0-9]{2}") ? null : "expected 2 digits";
    }

    @Override
    public String toString() {
        return value;
    }
}
