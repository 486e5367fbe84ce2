package org.maillage.json;

import org.maillage.core.InvalidDataException;

/**
 * An array of a dataset holds a {@code null} item, which the list of its record cannot hold, so
 * the record cannot be built. The pointer is the item's; {@link #member()} names the array.
 */
public final class NullItemException extends InvalidDataException {
    private static final long serialVersionUID = 1L;

    /** The name of the array that holds the null item. */
    private final String member;

    NullItemException(String member, String pointer, long line, long column, Throwable cause) {
        super("list '" + member + "' holds a null item", pointer, line, column, cause);
        this.member = member;
    }

    /** @return the name of the array member holding the null item, for example {@code population} */
    public String member() {
        return member;
    }
}
