package org.maillage.imports.cog;

import org.maillage.imports.ImportNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects import notes. Members the importer does not know are counted per file and member and
 * reported once, with the first place they occur, so that a new member in a future vintage gives
 * one note rather than one per record.
 */
final class Notes {
    private final List<ImportNote> notes = new ArrayList<>();
    private final Map<String, UnknownMember> unknown = new LinkedHashMap<>();

    private static final class UnknownMember {
        final ImportNote first;
        int count;

        UnknownMember(ImportNote first) {
            this.first = first;
        }
    }

    void add(String file, String pointer, long line, String message) {
        notes.add(new ImportNote(file, pointer, line, message));
    }

    void add(ArrayFile.SourceRecord r, String member, String message) {
        add(r.file(), member == null ? r.pointer() : r.pointer(member), r.line(), message);
    }

    void unknownMember(ArrayFile.SourceRecord r, String pointer, String member) {
        unknown.computeIfAbsent(r.file() + "\u0000" + member,
                k -> new UnknownMember(new ImportNote(r.file(), pointer, r.line(), member))).count++;
    }

    /** Reports the unknown members met so far, one note per file and member. */
    void flushUnknownMembers() {
        for (UnknownMember u : unknown.values()) {
            ImportNote f = u.first;
            notes.add(new ImportNote(f.file(), f.pointer(), f.line(), "unknown member '" + f.message() + "' in "
                    + u.count + (u.count == 1 ? " record" : " records") + " (first here), not imported"));
        }
        unknown.clear();
    }

    List<ImportNote> list() {
        return List.copyOf(notes);
    }
}
