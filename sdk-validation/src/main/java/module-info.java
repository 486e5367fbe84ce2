/**
 * Maillage validation: the pipeline that checks a dataset layer by layer (read, schema,
 * constraints, references, rules) and reports findings.
 */
module org.maillage.validation {
    requires transitive org.maillage.json;
    requires com.networknt.schema;
    requires org.hibernate.validator;

    exports org.maillage.validation;
    exports org.maillage.validation.report;

    uses org.maillage.validation.RulePack;

    exports org.maillage.validation.certify;
}
