package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.maillage.core.InvalidDataException;

/**
 * The codelists shipped in {@code maillage-schemas} ({@code codelists/<name>.csv}, listed with
 * their kind, version, source and verification in {@code codelists/index.csv}), read into typed
 * {@link Codelist}s. Immutable and thread-safe: read once, share.
 *
 * <pre>{@code
 * Codelist categories = Codelists.bundled().get("finess-category");
 * categories.entry("355").map(CodelistEntry::labelFr);   // "Centre Hospitalier (C.H.)"
 * categories.version();                                   // "20260505120000"
 * }</pre>
 *
 * <p>CSV shape: {@code code,label_fr,label_en,description,deprecated}, optionally followed by
 * {@code valid_from,valid_to} (ISO dates, empty when unknown), RFC 4180 quoting, UTF-8.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Codelists {

    /** Where the codelists lie in the {@code maillage-schemas} jar. */
    public static final String RESOURCE_FOLDER = "org/maillage/schemas/1.0/codelists/";

    /** The columns every codelist CSV starts with. */
    public static final List<String> COLUMNS = List.of("code", "label_fr", "label_en", "description", "deprecated");

    /** The optional date columns after {@link #COLUMNS}. */
    public static final List<String> DATE_COLUMNS = List.of("valid_from", "valid_to");

    /** The columns of {@code index.csv}. */
    public static final List<String> INDEX_COLUMNS = List.of("name", "kind", "version", "source", "verification");

    private final Map<String, Codelist> lists;

    private Codelists(Map<String, Codelist> lists) {
        this.lists = lists;
    }

    /**
     * The codelists of {@code maillage-schemas}, read through the class loader of this class: read
     * once, on the first call, and the same instance afterwards (a validator, its messages and its
     * identifier checks each ask for them; reading the 34 lists costs 20-30 ms of CPU each time on a
     * cold JVM).
     *
     * @return the codelists
     * @throws IllegalStateException when {@code maillage-schemas} is not on the class or module path
     */
    public static Codelists bundled() {
        Codelists lists = bundled;
        if (lists == null) {
            // Two threads may both read them the first time: the same lists, one of them kept.
            lists = load(Codelists.class.getClassLoader());
            bundled = lists;
        }
        return lists;
    }

    /** The bundled codelists once read; a failure to read them is thrown again at every call. */
    private static volatile Codelists bundled;

    /**
     * The codelists of {@code maillage-schemas}, read through a class loader.
     *
     * @param loader the class loader that sees {@code maillage-schemas}
     * @return the codelists
     * @throws IllegalStateException when the loader does not see the codelists, or they are malformed
     */
    public static Codelists load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        try {
            return read(name -> {
                InputStream in = loader.getResourceAsStream(RESOURCE_FOLDER + name);
                if (in == null) {
                    throw new NoSuchFileException(RESOURCE_FOLDER + name);
                }
                try (in) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            });
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("the codelists are not on the class path (" + e.getMessage()
                    + "): add org.maillage:maillage-schemas", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDataException e) {
            throw new IllegalStateException("the bundled codelists are malformed: " + e.getMessage(), e);
        }
    }

    /**
     * The codelists of a folder laid out as {@code schemas/codelists}.
     *
     * @param folder the folder holding {@code index.csv} and the lists
     * @return the codelists
     * @throws InvalidDataException when a file is malformed, with its name and line
     * @throws UncheckedIOException when a file cannot be read
     */
    public static Codelists read(Path folder) {
        try {
            return read(name -> Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Source {
        String read(String fileName) throws IOException;
    }

    private static Codelists read(Source source) throws IOException {
        List<List<String>> index = parse("index.csv", source.read("index.csv"));
        header("index.csv", index, INDEX_COLUMNS, List.of());
        Map<String, Codelist> lists = new LinkedHashMap<>();
        for (int i = 1; i < index.size(); i++) {
            List<String> r = index.get(i);
            String where = "index.csv:" + (i + 1);
            if (r.size() != INDEX_COLUMNS.size()) {
                throw bad(where, r.size() + " columns, " + INDEX_COLUMNS.size() + " expected");
            }
            String name = r.get(0);
            if (!r.get(1).equals("open") && !r.get(1).equals("closed")) {
                throw bad(where, "kind '" + r.get(1) + "' is neither open nor closed");
            }
            if (r.get(2).isBlank() || r.get(3).isBlank()) {
                throw bad(where, "codelist " + name + " has no version or no source");
            }
            if (!r.get(4).startsWith("verified:") && !r.get(4).startsWith("unverified:")) {
                throw bad(where, "verification must start with 'verified:' or 'unverified:'");
            }
            String file = name + ".csv";
            List<CodelistEntry> entries = entries(file, parse(file, source.read(file)));
            if (lists.put(name, new Codelist(name, r.get(1).equals("open"), r.get(2), r.get(3), r.get(4), entries)) != null) {
                throw bad(where, "codelist " + name + " is listed twice");
            }
        }
        return new Codelists(Map.copyOf(lists));
    }

    private static List<CodelistEntry> entries(String file, List<List<String>> rows) {
        boolean dated = header(file, rows, COLUMNS, DATE_COLUMNS);
        int width = COLUMNS.size() + (dated ? DATE_COLUMNS.size() : 0);
        List<CodelistEntry> entries = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String where = file + ":" + (i + 1);
            if (r.size() != width) {
                throw bad(where, r.size() + " columns, " + width + " expected");
            }
            if (r.get(0).isBlank() || r.get(1).isBlank()) {
                throw bad(where, "a code and a French label are required");
            }
            if (!r.get(4).equals("true") && !r.get(4).equals("false")) {
                throw bad(where, "deprecated is '" + r.get(4) + "', not true or false");
            }
            try {
                entries.add(new CodelistEntry(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4).equals("true"),
                        dated ? date(where, r.get(5)) : null, dated ? date(where, r.get(6)) : null));
            } catch (IllegalArgumentException e) {
                throw bad(where, e.getMessage());
            }
        }
        return entries;
    }

    private static LocalDate date(String where, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(where, "'" + text + "' is not an ISO date");
        }
    }

    /** Checks the header; returns whether the optional columns are there. */
    private static boolean header(String file, List<List<String>> rows, List<String> columns, List<String> optional) {
        if (rows.isEmpty()) {
            throw bad(file + ":1", "empty file");
        }
        List<String> h = rows.get(0);
        List<String> withOptional = new ArrayList<>(columns);
        withOptional.addAll(optional);
        if (h.equals(columns)) {
            return false;
        }
        if (!optional.isEmpty() && h.equals(withOptional)) {
            return true;
        }
        throw bad(file + ":1", "header " + h + ", expected " + columns + (optional.isEmpty() ? "" : " optionally followed by " + optional));
    }

    private static InvalidDataException bad(String where, String message) {
        int colon = where.lastIndexOf(':');
        return new InvalidDataException("codelists/" + where + ": " + message, "", Long.parseLong(where.substring(colon + 1)), 0, null);
    }

    /** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String file, String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (quoted) {
            throw bad(file + ":" + (rows.size() + 1), "a quoted cell is not closed");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** @return the names of the lists, sorted */
    public Set<String> names() {
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(lists.keySet()));
    }

    /**
     * A list by name.
     *
     * @param name the list's name ({@code finess-category})
     * @return the list
     * @throws IllegalArgumentException when no list has that name
     */
    public Codelist get(String name) {
        Codelist c = lists.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no codelist " + name + "; known: " + names());
        }
        return c;
    }

    /**
     * A list by name, if shipped.
     *
     * @param name the list's name
     * @return the list, or empty
     */
    public Optional<Codelist> find(String name) {
        return Optional.ofNullable(lists.get(name));
    }
}
