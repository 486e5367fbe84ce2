package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A code of an open codelist, with the list it comes from and, when known, the version of that list.
 *
 * @param list the name of the codelist, in kebab case (for example {@code finess-category})
 * @param code the code in that list
 * @param version the version of the list the code was taken from, or null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record CodeRef(
        @NotBlank @Pattern(regexp = CodeRef.LIST_PATTERN) String list,
        @NotBlank String code,
        String version) {

    /**
     * Requires list, code.
     *
     * @param list the name of the codelist, in kebab case (for example {@code finess-category})
     * @param code the code in that list
     * @param version the version of the list the code was taken from, or null
     */
    public CodeRef {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(code, "code");
    }

    /** The shape of a codelist name: kebab case. */
    public static final String LIST_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /**
     * A code of a list, without version.
     *
     * @param list the codelist name
     * @param code the code
     * @return the reference
     */
    public static CodeRef of(String list, String code) {
        return new CodeRef(list, code, null);
    }
}
