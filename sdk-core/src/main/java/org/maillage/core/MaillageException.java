package org.maillage.core;

/**
 * The root of every exception Maillage throws. Subtypes say what the caller must do: fix the
 * data ({@link InvalidDataException}), fix the configuration, or deal with I/O.
 */
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
