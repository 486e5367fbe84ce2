/**
 * Maillage core: the typed model of territorial health governance data, official French
 * identifiers with their check rules, codelists and Bean Validation constraints. Depends on the
 * JDK and jakarta.validation-api only.
 */
module org.maillage.core {
    requires transitive jakarta.validation;

    exports org.maillage.core;
    exports org.maillage.core.id;
    exports org.maillage.core.codelist;
    exports org.maillage.core.constraints;
    exports org.maillage.core.diff;
    exports org.maillage.core.model;

    // Records are read reflectively by Jackson and Hibernate Validator.
    opens org.maillage.core.model;
    opens org.maillage.core.constraints;
}
