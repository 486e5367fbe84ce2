package org.maillage.imports.cog;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.maillage.core.InvalidDataException;
import org.maillage.json.MaillageJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams a file holding one JSON array of objects, the shape of every file of the package: only
 * one record is held as a tree at a time.
 */
final class ArrayFile {
    private ArrayFile() {}

    /** Receives the records of a file. */
    interface RecordHandler {
        /**
         * One object of the array.
         *
         * @param record the object with its place
         */
        void record(SourceRecord record);
    }

    /**
     * One object of the array with its place in the file.
     *
     * @param file the file name
     * @param index the index in the array
     * @param line the 1-based line where the object starts
     * @param json the object
     */
    record SourceRecord(String file, int index, long line, ObjectNode json) {
        String pointer() {
            return "/" + index;
        }

        String pointer(String member) {
            return "/" + index + "/" + member;
        }
    }

    /**
     * Reads every object of the array in {@code dir/file}.
     *
     * @param dir the data folder
     * @param file the file name
     * @param handler receives each object
     * @param notes receives items that are not objects
     * @throws InvalidDataException when the file is not a well-formed JSON array
     * @throws UncheckedIOException when it cannot be read
     */
    static void read(Path dir, String file, RecordHandler handler, Notes notes) {
        JsonMapper mapper = MaillageJson.mapper();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(file)), 1 << 16);
                JsonParser p = mapper.createParser(in)) {
            int index = 0;
            try {
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_ARRAY) {
                    throw invalid(file, "expected a JSON array, found " + (t == null ? "nothing" : t.asString()), "",
                            p.currentTokenLocation(), null);
                }
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw invalid(file, "unexpected end of the file inside the array", "/" + index,
                                p.currentLocation(), null);
                    }
                    long line = p.currentTokenLocation().getLineNr();
                    if (t == JsonToken.START_OBJECT) {
                        JsonNode node = mapper.readTree(p);
                        handler.record(new SourceRecord(file, index, line, (ObjectNode) node));
                    } else {
                        p.skipChildren();
                        notes.add(file, "/" + index, line, "an item that is not an object, left out");
                    }
                    index++;
                }
                if (p.nextToken() != null) {
                    throw invalid(file, "unexpected content after the array", "", p.currentTokenLocation(), null);
                }
            } catch (JacksonException e) {
                throw invalid(file, e.getOriginalMessage(), "/" + index, e.getLocation(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static InvalidDataException invalid(String file, String message, String pointer, TokenStreamLocation at,
            Throwable cause) {
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        long column = at == null ? 0 : Math.max(0, at.getColumnNr());
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return new InvalidDataException(where + ": " + message, pointer, line, column, cause);
    }
}
