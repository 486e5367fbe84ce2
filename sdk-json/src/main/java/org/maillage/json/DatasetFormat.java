package org.maillage.json;

import java.nio.file.Path;
import java.util.Locale;

/** How a dataset is laid out in a file. */
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
