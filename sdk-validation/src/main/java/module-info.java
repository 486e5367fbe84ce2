/**
 * Maillage validation: the pipeline that checks a dataset layer by layer (read, schema,
 * constraints, references, rules) and reports findings.
 *
 * <p>Packages by role: {@code org.maillage.validation} is what users call (the validator, its
 * reports and findings, the rule catalogue); {@code .spi} is what users implement for rule packs of
 * their own; {@code .waiver}, {@code .report}, {@code .certify} and {@code .conformance} are the
 * waivers, report formats, certification and conformance kit. Everything under {@code .internal}
 * (the engine, the schema and constraint layers, the built-in rule packs) is not exported.
 */
@SuppressWarnings("module") // the server module, named in a qualified export, is built after this one
module org.maillage.validation {
    requires static transitive org.apiguardian.api;
    requires transitive org.maillage.json;
    // The schemas and the conformance corpus: without it, a module-path application never resolves them.
    requires org.maillage.schemas;
    requires com.networknt.schema;
    requires org.hibernate.validator;
    requires org.slf4j;
    requires java.logging;

    exports org.maillage.validation;
    exports org.maillage.validation.spi;
    exports org.maillage.validation.waiver;
    exports org.maillage.validation.report;
    exports org.maillage.validation.certify;
    exports org.maillage.validation.conformance;
    // The HTML report's style sheet and script, which the page of maillage serve inlines too.
    exports org.maillage.validation.internal.html to org.maillage.server;

    uses org.maillage.validation.spi.RulePack;
    // Only to see whether the application has an SLF4J provider (internal.Quiet).
    uses org.slf4j.spi.SLF4JServiceProvider;

    // The built-in packs are found like any other (Validator looks through this module's own loader).
    provides org.maillage.validation.spi.RulePack with
            org.maillage.validation.internal.rules.RegulatoryPack,
            org.maillage.validation.internal.rules.LocalHealthPack;
}
