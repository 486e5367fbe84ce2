package org.maillage.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.InvalidDataException;
import org.maillage.core.model.Dataset;
import org.maillage.json.internal.StreamingReader;

/**
 * Reads Maillage datasets, JSON or NDJSON, entity by entity: the whole file is never held as a
 * tree, only one entity at a time. Immutable and thread-safe.
 *
 * <p>Problems in the file are reported with their place: a document that cannot be read (broken
 * JSON, invalid UTF-8, a read limit passed, duplicate member names, an item that is not an object)
 * throws an {@link InvalidDataException} with its JSON Pointer, line and column; a member that
 * does not fit its record throws a {@link MissingMemberException}, a {@link NullItemException} or
 * an {@link InvalidDataException} with the member's pointer. I/O failures are
 * {@link UncheckedIOException}s. To have every problem of a file reported at once, validate it
 * ({@code maillage-validation}) instead.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class DatasetReader {

    private static final DatasetReader STANDARD = new DatasetReader(StreamingReader.standard());

    private final StreamingReader reader;

    private DatasetReader(StreamingReader reader) {
        this.reader = reader;
    }

    /**
     * A reader with the default {@link ReadLimits}.
     *
     * @return the shared reader
     */
    public static DatasetReader standard() {
        return STANDARD;
    }

    /**
     * A reader with other limits.
     *
     * @param limits the limits
     * @return the reader
     */
    public static DatasetReader withLimits(ReadLimits limits) {
        return new DatasetReader(StreamingReader.withLimits(Objects.requireNonNull(limits, "limits")));
    }

    /**
     * The limits this reader applies.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return reader.limits();
    }

    /**
     * Reads a whole dataset into memory, the format chosen by the file name ({@code .ndjson},
     * {@code .jsonl}: NDJSON).
     *
     * @param file the file
     * @return the dataset
     * @throws InvalidDataException when the file cannot be read as a dataset, with its place
     * @throws UncheckedIOException on I/O failure
     */
    public Dataset read(Path file) {
        return reader.read(Objects.requireNonNull(file, "file"));
    }

    /**
     * Reads a whole dataset into memory from a stream, which is not closed.
     *
     * @param in the bytes (UTF-8, UTF-16 or UTF-32; a UTF-8 byte order mark is accepted)
     * @param format the layout
     * @return the dataset
     * @throws InvalidDataException when the data cannot be read as a dataset, with its place
     */
    public Dataset read(InputStream in, DatasetFormat format) {
        return reader.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(format, "format"));
    }

    /**
     * Reads a dataset held in a string.
     *
     * @param json the JSON text
     * @return the dataset
     * @throws InvalidDataException when the text cannot be read as a dataset, with its place
     */
    public Dataset readString(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), DatasetFormat.JSON);
    }
}
