package org.maillage.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The root of every exception Maillage throws. Subtypes say what the caller must do: fix the
 * data ({@link InvalidDataException}), fix the configuration, or deal with I/O.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public class MaillageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     */
    public MaillageException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying cause
     */
    public MaillageException(String message, Throwable cause) {
        super(message, cause);
    }
}
