package org.maillage.validation.waiver;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.maillage.core.InvalidDataException;
import org.maillage.json.MaillageJson;
import org.maillage.json.SourcePosition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A waivers file: the {@link Waiver}s given to a validation, with where each one is written so
 * that findings about a waiver point at it. Immutable.
 *
 * <p>The file is JSON, its schema is {@code waivers.schema.json}:
 *
 * <pre>{@code
 * {"waivers": [
 *   {"ruleId": "rule.cls-signatories", "entityId": "cls-ajaccio", "pointer": "/contracts/0/parties",
 *    "justification": "La CAPA signe par avenant n° 1, en cours.", "expires": "2026-06-30",
 *    "author": "ARS Corse, DD 2A"}]}
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class Waivers {

    /** One waiver and its place in the file. */
    record Entry(Waiver waiver, int index, long line, long column) {}

    private static final Set<String> MEMBERS = Set.of("ruleId", "entityId", "pointer", "justification", "expires", "author");
    private static final JsonMapper STREAMING = MaillageJson.mapper().rebuild()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Waivers NONE = new Waivers("waivers", List.of());

    private final String source;
    private final List<Entry> entries;

    private Waivers(String source, List<Entry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    /**
     * No waiver.
     *
     * @return the empty set of waivers
     */
    public static Waivers none() {
        return NONE;
    }

    /**
     * Waivers given in code, reported under a source name.
     *
     * @param source the name findings about the waivers are reported under
     * @param waivers the waivers
     * @return the waivers
     */
    public static Waivers of(String source, List<Waiver> waivers) {
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            list.add(new Entry(Objects.requireNonNull(waivers.get(i), "waiver"), i, 0, 0));
        }
        return new Waivers(Objects.requireNonNull(source, "source"), list);
    }

    /**
     * Reads a waivers file.
     *
     * @param file the file
     * @return the waivers, reported under the file's path as given
     * @throws UncheckedIOException when the file cannot be read
     * @throws InvalidDataException when it is not a waivers file: the message says what and where
     */
    public static Waivers read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads waivers from a stream, which is not closed.
     *
     * @param in the bytes, UTF-8 JSON
     * @param source the name to report
     * @return the waivers
     * @throws InvalidDataException when it is not a waivers file: the message says what and where
     */
    public static Waivers read(InputStream in, String source) {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = STREAMING.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad(source, "", p.currentTokenLocation(), "a waivers file is a JSON object with a 'waivers' array");
            }
            boolean seen = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("$schema") && t == JsonToken.VALUE_STRING) {
                    continue;
                }
                if (!name.equals("waivers") || t != JsonToken.START_ARRAY) {
                    throw bad(source, "/" + token(name), p.currentTokenLocation(),
                            name.equals("waivers") ? "must be an array" : "unknown member (expected 'waivers')");
                }
                seen = true;
                int i = 0;
                for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                    TokenStreamLocation at = p.currentTokenLocation();
                    if (item != JsonToken.START_OBJECT) {
                        throw bad(source, "/waivers/" + i, at, "a waiver is a JSON object");
                    }
                    JsonNode node = STREAMING.readTree(p);
                    entries.add(new Entry(waiver(node, source, "/waivers/" + i, at), i, at.getLineNr(), at.getColumnNr()));
                    i++;
                }
            }
            if (!seen) {
                throw bad(source, "", p.currentTokenLocation(), "a waivers file has a 'waivers' array");
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new InvalidDataException(source + ": not a readable JSON waivers file: " + e.getOriginalMessage(), "",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
        }
        return new Waivers(source, entries);
    }

    private static Waiver waiver(JsonNode n, String source, String at, TokenStreamLocation loc) {
        for (String name : n.propertyNames()) {
            if (!MEMBERS.contains(name)) {
                throw bad(source, at + "/" + token(name), loc, "unknown member (expected one of ruleId, entityId, pointer, "
                        + "justification, expires, author)");
            }
        }
        String rule = text(n, "ruleId", true, source, at, loc);
        String justification = text(n, "justification", true, source, at, loc);
        if (justification.isBlank()) {
            throw bad(source, at + "/justification", loc, "a waiver needs a written justification");
        }
        String expires = text(n, "expires", true, source, at, loc);
        LocalDate date;
        try {
            date = LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
            throw bad(source, at + "/expires", loc, "must be a date like 2026-12-31, not '" + expires + "'");
        }
        String pointer = text(n, "pointer", false, source, at, loc);
        if (pointer != null && !pointer.isEmpty() && !pointer.startsWith("/")) {
            throw bad(source, at + "/pointer", loc, "must be a JSON Pointer starting with '/'");
        }
        try {
            return new Waiver(rule, text(n, "entityId", false, source, at, loc), pointer, justification, date,
                    text(n, "author", false, source, at, loc));
        } catch (IllegalArgumentException e) {
            throw bad(source, at, loc, e.getMessage());
        }
    }

    private static String text(JsonNode n, String member, boolean required, String source, String at,
            TokenStreamLocation loc) {
        JsonNode v = n.get(member);
        if (v == null || v.isNull()) {
            if (required) {
                throw bad(source, at + "/" + member, loc, "is required");
            }
            return null;
        }
        if (!v.isString()) {
            throw bad(source, at + "/" + member, loc, "must be a string");
        }
        return v.stringValue();
    }

    /** A member name as one JSON Pointer reference token (RFC 6901: {@code ~} and {@code /} escaped). */
    private static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static InvalidDataException bad(String source, String pointer, TokenStreamLocation at, String what) {
        long line = at == null ? 0 : at.getLineNr();
        long column = at == null ? 0 : at.getColumnNr();
        return new InvalidDataException(source + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "" : pointer + " ")
                + what, pointer, line, column, null);
    }

    /**
     * The name findings about these waivers are reported under.
     *
     * @return the file name as given, or the name given to {@link #of}
     */
    public String source() {
        return source;
    }

    /**
     * The waivers, in file order.
     *
     * @return the waivers
     */
    public List<Waiver> waivers() {
        return entries.stream().map(Entry::waiver).toList();
    }

    /**
     * Where the waiver at an index was read.
     *
     * @param index its position in {@link #waivers()}
     * @return its line and column in the file, {@link SourcePosition#UNKNOWN} for waivers given to
     *     {@link #of}
     * @throws IndexOutOfBoundsException when there is no waiver at that index
     */
    public SourcePosition position(int index) {
        Entry e = entries.get(index);
        return e.line() > 0 ? new SourcePosition(e.line(), e.column(), -1) : SourcePosition.UNKNOWN;
    }
}
