/**
 * Maillage JSON: the Jackson 3 module for the Maillage model, the streaming dataset reader (JSON
 * and NDJSON) with read limits and source positions, the canonical writer, and the renderings of a
 * diff (JSON changeset, RFC 6902 JSON Patch, text, changelog).
 *
 * <p>{@code org.maillage.json.internal} (the entity stream the validator reads through) is
 * exported to the validator only, and the dataset generator ({@code org.maillage.json.generate},
 * a tool for the command line and the benchmarks) to the command line only.
 */
@SuppressWarnings("module") // the modules named in qualified exports are built after this one
module org.maillage.json {
    requires static transitive org.apiguardian.api;
    requires transitive org.maillage.core;
    requires transitive tools.jackson.databind;

    exports org.maillage.json;
    exports org.maillage.json.diff;
    exports org.maillage.json.internal to org.maillage.validation, org.maillage.imports, org.maillage.fhir;
    exports org.maillage.json.generate to org.maillage.cli;

    opens org.maillage.json to tools.jackson.databind;
}
