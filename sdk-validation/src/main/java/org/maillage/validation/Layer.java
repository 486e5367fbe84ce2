package org.maillage.validation;

/** The layers of the validation pipeline, in the order they run. */
public enum Layer {
    /** Well-formed UTF-8 JSON within the read limits. */
    READ,
    /** JSON Schema 2020-12, per entity and for the envelope. */
    SCHEMA,
    /** Bean Validation on the typed model: check digits, date order, code shapes. */
    CONSTRAINTS,
    /** References between entities: existence, kind, dates, uniqueness, hierarchies. */
    REFERENCES,
    /** Rule packs over the whole dataset: regulatory rules and policy profiles. */
    RULES
}
