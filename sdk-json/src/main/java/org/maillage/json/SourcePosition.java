package org.maillage.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where something is in a source file.
 *
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param byteOffset 0-based byte offset, -1 when unknown
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record SourcePosition(long line, long column, long byteOffset) {

    /** A position that is not known. */
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0, -1);

    /**
     * Whether the line is known.
     *
     * @return true when line is positive
     */
    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? line + ":" + column : "?";
    }
}
