package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.maillage.core.InvalidDataException;

/**
 * A file that cannot be read as a certificate: not JSON, or not of the shape of a certificate.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class InvalidCertificateException extends InvalidDataException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong
     * @param pointer the JSON Pointer of the offending value, empty for the document
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param cause the underlying cause, or null
     */
    public InvalidCertificateException(String message, String pointer, long line, long column, Throwable cause) {
        super(message, pointer, line, column, cause);
    }
}
