package org.maillage.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.maillage.core.InvalidDataException;

/**
 * An array of a dataset holds a {@code null} item, which the list of its record cannot hold, so
 * the record cannot be built. The pointer is the item's; {@link #member()} names the array.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class NullItemException extends InvalidDataException {
    private static final long serialVersionUID = 1L;

    /** The name of the array that holds the null item. */
    private final String member;

    /**
     * An exception.
     *
     * @param member the array holding the null item
     * @param pointer JSON Pointer of the place
     * @param line the line, 0 when unknown
     * @param column the column, 0 when unknown
     * @param cause the parser's exception, or null
     */
    public NullItemException(String member, String pointer, long line, long column, Throwable cause) {
        super("list '" + member + "' holds a null item", pointer, line, column, cause);
        this.member = member;
    }

    /** @return the name of the array member holding the null item, for example {@code population} */
    public String member() {
        return member;
    }
}
