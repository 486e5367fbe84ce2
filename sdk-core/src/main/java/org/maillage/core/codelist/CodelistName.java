package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Names the codelist of a closed enum: the CSV file {@code codelists/<name>.csv} in
 * {@code maillage-schemas} and the schema definition whose {@code enum} it is.
 *
 * @param value the codelist name, in kebab case (for example {@code territory-kind})
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record CodelistName(String value) {

    /**
     * Requires a non-blank name.
     *
     * @param value the codelist name, in kebab case (for example {@code territory-kind})
     */
    public CodelistName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("codelist name is blank");
        }
    }

    /**
     * The codelist name of an enum: its simple name in kebab case ({@code TerritoryKind} →
     * {@code territory-kind}).
     *
     * @param type the enum class
     * @return the name
     */
    public static CodelistName of(Class<?> type) {
        String simple = type.getSimpleName();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append('-');
            }
            sb.append(Character.toLowerCase(c));
        }
        return new CodelistName(sb.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
