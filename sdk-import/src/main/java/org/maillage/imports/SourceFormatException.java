package org.maillage.imports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import org.maillage.core.InvalidDataException;

/**
 * A source file that is not in the format its importer reads: a FINESS line with the wrong number
 * of fields, a projection no one can name, a FHIR resource of another type. Carries every problem
 * found (each with its file and line, or its resource), so that a user fixes them all at once.
 * Nothing is written when an import ends with it.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SourceFormatException extends InvalidDataException {
    private static final long serialVersionUID = 1L;

    /** How many problems are kept; the count goes on beyond. */
    public static final int MAX_PROBLEMS = 100;

    /** Problems are plain records; the exception is not meant to be serialised with them. */
    private final transient List<ImportNote> problems;
    /** How many problems were found, kept or not. */
    private final long count;

    /**
     * @param problems the problems kept (at most {@link #MAX_PROBLEMS}), in the order found; not empty
     * @param count how many problems were found in all
     */
    public SourceFormatException(List<ImportNote> problems, long count) {
        super(message(problems, count), problems.isEmpty() ? "" : problems.get(0).pointer(),
                problems.isEmpty() ? 0 : problems.get(0).line(), 0, null);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem");
        }
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    private static String message(List<ImportNote> problems, long count) {
        if (problems.isEmpty()) {
            return "no problem";
        }
        return problems.get(0) + (count > 1 ? " (and " + (count - 1) + " more)" : "");
    }

    /** @return the problems kept, at most {@link #MAX_PROBLEMS}, each located */
    public List<ImportNote> problems() {
        return problems;
    }

    /** @return how many problems were found in all */
    public long count() {
        return count;
    }
}
