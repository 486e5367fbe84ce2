package org.maillage.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The layers of the validation pipeline, in the order they run.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum Layer {
    /** Well-formed UTF-8 JSON within the read limits. */
    READ,
    /** JSON Schema 2020-12, per entity and for the envelope. */
    SCHEMA,
    /** Bean Validation on the typed model: check digits, date order, code shapes. */
    CONSTRAINTS,
    /** References between entities: existence, kind, dates, uniqueness, hierarchies. */
    REFERENCES,
    /** Rule packs over the whole dataset: regulatory rules and policy profiles. */
    RULES;

    /**
     * The layer of a code such as {@code schema} or {@code constraints}.
     *
     * @param code the code, any case
     * @return the layer
     * @throws IllegalArgumentException for any other code
     */
    public static Layer of(String code) {
        for (Layer l : values()) {
            if (l.code().equals(code.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown layer '" + code + "' (expected "
                + Arrays.stream(values()).map(Layer::code).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * The lower-case code, as {@code maillage validate --layers} and the conformance corpus name it.
     *
     * @return for example {@code schema}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
