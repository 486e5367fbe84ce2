package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A value of a closed codelist: an enum whose JSON form is its {@link #code()}, listed with its
 * French and English labels in the codelist CSV of the same {@link CodelistName name}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Coded {

    /**
     * The code written in exchange files.
     *
     * @return the code, never null
     */
    String code();

    /**
     * Finds the constant of a closed codelist by its code.
     *
     * @param type the enum
     * @param code the code as written in a file
     * @param <E> the enum type
     * @return the constant
     * @throws IllegalArgumentException when no constant has that code
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a code of " + CodelistName.of(type));
    }
}
