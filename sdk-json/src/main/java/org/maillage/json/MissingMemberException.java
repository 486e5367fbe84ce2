package org.maillage.json;

import org.maillage.core.InvalidDataException;

/**
 * An object of a dataset lacks a member its record requires (or gives it as {@code null}), so the
 * record cannot be built. The pointer is the object's; {@link #member()} names the member.
 */
public final class MissingMemberException extends InvalidDataException {
    private static final long serialVersionUID = 1L;

    /** The name of the missing member. */
    private final String member;

    MissingMemberException(String member, String pointer, long line, long column, Throwable cause) {
        super("required member '" + member + "' is missing", pointer, line, column, cause);
        this.member = member;
    }

    /** @return the name of the missing member, for example {@code kind} */
    public String member() {
        return member;
    }
}
