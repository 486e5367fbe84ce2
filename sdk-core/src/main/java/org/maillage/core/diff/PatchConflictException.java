package org.maillage.core.diff;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.maillage.core.MaillageException;

/**
 * A changeset or a JSON Patch that does not apply cleanly to the data it was given: a value to
 * replace or remove is not the one the patch expects, a path does not exist, a {@code test}
 * operation fails. Carries the index of the failing operation (0-based, in the order the patch
 * lists them) and its path.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class PatchConflictException extends MaillageException {
    private static final long serialVersionUID = 1L;

    /** The 0-based index of the failing change or operation. */
    private final int operation;
    /** The JSON Pointer of the place where it fails. */
    private final String path;

    /**
     * @param message what does not match
     * @param operation the 0-based index of the failing change or operation
     * @param path the JSON Pointer of the place where it fails
     */
    public PatchConflictException(String message, int operation, String path) {
        super("operation " + operation + " at '" + path + "': " + message);
        this.operation = operation;
        this.path = path;
    }

    /** @return the 0-based index of the failing change or operation */
    public int operation() {
        return operation;
    }

    /** @return the JSON Pointer of the place where it fails */
    public String path() {
        return path;
    }
}
