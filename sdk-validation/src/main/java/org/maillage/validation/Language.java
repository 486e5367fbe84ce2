package org.maillage.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The languages findings and reports are written in.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum Language {
    /** French, the default for reports: the users are French administrations and health actors. */
    FR,
    /** English. */
    EN;

    /**
     * The language of a code such as {@code fr} or {@code en}.
     *
     * @param code the code, any case
     * @return the language
     * @throws IllegalArgumentException for any other code
     */
    public static Language of(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "fr" -> FR;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + code + "' (expected fr or en)");
        };
    }

    /**
     * The lower-case code.
     *
     * @return {@code fr} or {@code en}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
