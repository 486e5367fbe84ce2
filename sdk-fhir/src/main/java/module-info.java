/**
 * Maillage FHIR: imports FHIR R4 {@code Organization} and {@code Location} resources (the shape of
 * the ANS health directory and of FINESS published in FHIR) into facilities and their legal
 * entities, and exports them back to FHIR R4, with HAPI FHIR's R4 structures. A module of its own
 * so that users of the core, JSON and validation modules do not carry HAPI.
 */
module org.maillage.fhir {
    requires static transitive org.apiguardian.api;
    requires transitive org.maillage.imports;
    requires hapi.fhir.base;
    requires org.hl7.fhir.r4;

    exports org.maillage.fhir;
}
