package org.maillage.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Input data that cannot be read as a Maillage dataset, with where it went wrong: the JSON Pointer
 * of the offending value and, when known, its line and column (1-based; 0 when unknown).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class InvalidDataException extends MaillageException {
    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the offending value, empty for the document. */
    private final String pointer;
    /** The 1-based line, 0 when unknown. */
    private final long line;
    /** The 1-based column, 0 when unknown. */
    private final long column;

    /**
     * @param message what is wrong
     * @param pointer JSON Pointer of the offending value, empty for the document
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param cause the underlying cause, or null
     */
    public InvalidDataException(String message, String pointer, long line, long column, Throwable cause) {
        super(message, cause);
        this.pointer = pointer == null ? "" : pointer;
        this.line = line;
        this.column = column;
    }

    /** @return the JSON Pointer of the offending value, empty for the whole document */
    public String pointer() {
        return pointer;
    }

    /** @return the 1-based line, 0 when unknown */
    public long line() {
        return line;
    }

    /** @return the 1-based column, 0 when unknown */
    public long column() {
        return column;
    }
}
