package org.maillage.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How a dataset is laid out in a file.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum DatasetFormat {
    /** One JSON document: the envelope with one array per entity family. */
    JSON,
    /**
     * Newline-delimited JSON: one object per line, each with a {@code type} member; the envelope
     * is the line whose type is {@code dataset}.
     */
    NDJSON;

    /**
     * The format a file name suggests: {@code .ndjson} and {@code .jsonl} are NDJSON, anything else JSON.
     *
     * @param file the file
     * @return the format
     */
    public static DatasetFormat of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ndjson") || n.endsWith(".jsonl") || n.endsWith(".ndjson.gz") ? NDJSON : JSON;
    }
}
