package org.maillage.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * An INSEE COG code of a commune, commune déléguée or associée, or arrondissement municipal: five
 * characters, {@code NN}+3 digits on the mainland, {@code 2A}/{@code 2B}+3 digits in Corsica,
 * {@code 97x}+2 digits overseas, {@code 975}, {@code 977}, {@code 978} and {@code 98x} codes in
 * overseas collectivities. There is no key: whether a code exists is a question for a COG vintage.
 *
 * @param value the five characters
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record InseeCommuneCode(String value) {

    private static final Pattern SHAPE =
            Pattern.compile("(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5])[0-9]{3}|2[AB][0-9]{3}|97[1-8][0-9]{2}|98[0-9]{3}");

    /**
     * Checks the shape; use {@link #parse(String)} to normalise first.
     *
     * @param value the five characters
     */
    public InseeCommuneCode {
        Objects.requireNonNull(value, "value");
        String why = problem(value);
        if (why != null) {
            throw Identifiers.invalid("INSEE commune code", value, why);
        }
    }

    /**
     * Parses a commune code, trimming and upper-casing ({@code 2a004} → {@code 2A004}).
     *
     * @param raw the text
     * @return the code
     * @throws IllegalArgumentException when the shape is wrong
     */
    public static InseeCommuneCode parse(String raw) {
        return new InseeCommuneCode(Identifiers.normalize(raw));
    }

    /**
     * Whether the text has the shape of a current commune code.
     *
     * @param value the text
     * @return true when valid
     */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /**
     * Why the text is not a commune code, or null when it is.
     *
     * @param value the text
     * @return a short English reason, or null
     */
    public static String problem(String value) {
        if (value.length() != 5) {
            return "expected 5 characters";
        }
        if (value.startsWith("20")) {
            return "20xxx codes were replaced by 2Axxx and 2Bxxx in 1976";
        }
        return SHAPE.matcher(value).matches() ? null : "expected a département code followed by digits";
    }

    /**
     * The département the code belongs to by its prefix: two characters on the mainland and in
     * Corsica, three overseas; empty for overseas collectivities (975, 977, 978, 98x), which are
     * not départements.
     *
     * @return the département code, if any
     */
    public Optional<DepartementCode> departement() {
        String prefix = value.startsWith("97") || value.startsWith("98") ? value.substring(0, 3) : value.substring(0, 2);
        return DepartementCode.isValid(prefix) ? Optional.of(new DepartementCode(prefix)) : Optional.empty();
    }

    /**
     * Whether the code belongs to an overseas collectivity rather than to a département.
     *
     * @return true for 975, 977, 978 and 98x codes
     */
    public boolean isOverseasCollectivity() {
        return departement().isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
