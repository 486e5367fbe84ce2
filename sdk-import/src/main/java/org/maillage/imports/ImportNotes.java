package org.maillage.imports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the notes and format problems of one import run, for importers (Maillage's own and
 * users'): notes about one record in the order met; notes that would repeat for every record of a
 * kind (a commune code the COG does not hold, a member not carried), grouped under a key and
 * reported once with their count and first place; and problems that make the source unreadable,
 * which end the run as one {@link SourceFormatException}. Not thread-safe: one per run.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ImportNotes {
    private final List<ImportNote> notes = new ArrayList<>();

    /** An empty collector. */
    public ImportNotes() {
        // empty
    }

    private final Map<String, Grouped> grouped = new LinkedHashMap<>();
    private final List<ImportNote> problems = new ArrayList<>();
    private long problemCount;

    private static final class Grouped {
        final ImportNote first;
        final String what;
        long count;

        Grouped(ImportNote first, String what) {
            this.first = first;
            this.what = what;
        }
    }

    /**
     * A note about one record.
     *
     * @param file the file
     * @param pointer where in the record
     * @param line the line, 0 when unknown
     * @param message what could not be mapped and what was done instead
     */
    public void add(String file, String pointer, long line, String message) {
        notes.add(new ImportNote(file, pointer, line, message));
    }

    /**
     * A note reported once per key, with the number of records it concerns.
     *
     * @param key what makes two notes the same
     * @param file the file of this occurrence
     * @param pointer where in the record
     * @param line the line of this occurrence
     * @param message the message, to which " (N records, first here)" is added when N &gt; 1
     */
    public void grouped(String key, String file, String pointer, long line, String message) {
        grouped.computeIfAbsent(key, k -> new Grouped(new ImportNote(file, pointer, line, message), message)).count++;
    }

    /**
     * A problem that makes the source unreadable as the importer's format.
     *
     * @param file the file
     * @param pointer where in the record
     * @param line the line, 0 when unknown
     * @param message what is wrong
     */
    public void problem(String file, String pointer, long line, String message) {
        problemCount++;
        if (problems.size() < SourceFormatException.MAX_PROBLEMS) {
            problems.add(new ImportNote(file, pointer, line, message));
        }
    }

    /** @return whether a problem was found */
    public boolean hasProblems() {
        return problemCount > 0;
    }

    /** @return the exception carrying the problems found */
    public SourceFormatException problems() {
        return new SourceFormatException(problems, problemCount);
    }

    /** @return the notes: those about one record in the order met, then the grouped ones */
    public List<ImportNote> list() {
        List<ImportNote> out = new ArrayList<>(notes);
        for (Grouped g : grouped.values()) {
            ImportNote f = g.first;
            out.add(g.count == 1 ? f : new ImportNote(f.file(), f.pointer(), f.line(),
                    g.what + " (" + g.count + " records, first here)"));
        }
        return List.copyOf(out);
    }
}
