/**
 * Maillage JSON: the Jackson 3 module for the Maillage model, the streaming dataset reader (JSON
 * and NDJSON) with read limits and source positions, the canonical writer, and the renderings of a
 * diff (JSON changeset, RFC 6902 JSON Patch, text, changelog).
 */
module org.maillage.json {
    requires transitive org.maillage.core;
    requires transitive tools.jackson.databind;

    exports org.maillage.json;
    exports org.maillage.json.diff;
    exports org.maillage.json.generate;

    opens org.maillage.json to tools.jackson.databind;
}
