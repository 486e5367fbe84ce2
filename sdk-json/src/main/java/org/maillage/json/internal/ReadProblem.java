package org.maillage.json.internal;

import java.util.Objects;
import org.maillage.json.SourcePosition;

/**
 * Something wrong in a file that the reader could step over: an array item that is not an object,
 * an NDJSON line that is broken or has an unknown type. A document that cannot be read at all is an
 * {@link org.maillage.core.InvalidDataException} instead.
 *
 * @param code a stable code, for example {@code read.not-an-object}
 * @param message what is wrong, in English
 * @param pointer JSON Pointer of the offending value
 * @param position where it is
 */
public record ReadProblem(String code, String message, String pointer, SourcePosition position) {

    /**
     * Requires every member.
     *
     * @param code a stable code, for example {@code read.not-an-object}
     * @param message what is wrong, in English
     * @param pointer JSON Pointer of the offending value
     * @param position where it is
     */
    public ReadProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(position, "position");
    }
}
