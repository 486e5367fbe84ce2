package org.maillage.imports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Objects;

/**
 * Something an importer read but could not map to the Maillage model: an unknown record type, a
 * member of an EPCI that is not a commune, a link to a territory the source does not hold, a member
 * the importer does not know. Importers report these instead of dropping data silently.
 *
 * @param file the source file, relative to the folder imported ({@code communes.json}), or as named
 *     on the command line
 * @param pointer where in the record: a JSON Pointer ({@code /1234/type}), a column of a table
 *     ({@code siret}) or a FHIR resource ({@code Organization/010009470}); empty for the whole file
 *     or line
 * @param line 1-based line of the record in the file, 0 when unknown
 * @param message what could not be mapped and what the importer did instead
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ImportNote(String file, String pointer, long line, String message) {

    /**
     * Requires the file, pointer and message.
     *
     * @param file the source file, relative to the folder imported ({@code communes.json})
     * @param pointer JSON Pointer of the value in that file ({@code /1234/type}); empty for the whole file
     * @param line 1-based line of the record in the file, 0 when unknown
     * @param message what could not be mapped and what the importer did instead
     */
    public ImportNote {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The note as one line: {@code file:line pointer: message}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (!pointer.isEmpty()) {
            sb.append(' ').append(pointer);
        }
        return sb.append(": ").append(message).toString();
    }
}
