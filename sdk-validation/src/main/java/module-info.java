/**
 * Maillage validation: the pipeline that checks a dataset layer by layer (read, schema,
 * constraints, references, rules) and reports findings.
 */
module org.maillage.validation {
    requires transitive org.maillage.json;

    exports org.maillage.validation.certify;
}
