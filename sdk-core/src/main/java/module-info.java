/**
 * Maillage core: the typed model of territorial health governance data, official French
 * identifiers with their check rules, codelists and Bean Validation constraints. Depends on the
 * JDK and jakarta.validation-api only.
 *
 * <p>{@code org.maillage.core.internal} (shared helpers of the Maillage modules) is exported to
 * them only; the constraint validators live in {@code org.maillage.core.internal.constraints},
 * opened for the Bean Validation provider that instantiates them.
 */
@SuppressWarnings("module") // the modules named in the qualified export are built after this one
module org.maillage.core {
    requires static transitive org.apiguardian.api;
    requires transitive jakarta.validation;

    exports org.maillage.core;
    exports org.maillage.core.id;
    exports org.maillage.core.codelist;
    exports org.maillage.core.constraints;
    exports org.maillage.core.diff;
    exports org.maillage.core.model;
    exports org.maillage.core.internal to org.maillage.json, org.maillage.validation, org.maillage.imports;

    // Records are read reflectively by Jackson and Hibernate Validator; validators are instantiated by it.
    opens org.maillage.core.model;
    opens org.maillage.core.constraints;
    opens org.maillage.core.internal.constraints;
}
