package org.maillage.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.maillage.core.InvalidDataException;

/**
 * An object of a dataset lacks a member its record requires (or gives it as {@code null}), so the
 * record cannot be built. The pointer is the object's; {@link #member()} names the member.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class MissingMemberException extends InvalidDataException {
    private static final long serialVersionUID = 1L;

    /** The name of the missing member. */
    private final String member;

    /**
     * An exception.
     *
     * @param member the member the record requires
     * @param pointer JSON Pointer of the place
     * @param line the line, 0 when unknown
     * @param column the column, 0 when unknown
     * @param cause the parser's exception, or null
     */
    public MissingMemberException(String member, String pointer, long line, long column, Throwable cause) {
        super("required member '" + member + "' is missing", pointer, line, column, cause);
        this.member = member;
    }

    /** @return the name of the missing member, for example {@code kind} */
    public String member() {
        return member;
    }
}
