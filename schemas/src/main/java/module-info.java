/**
 * Maillage schemas: the normative JSON Schemas (draft 2020-12), the codelists and the conformance
 * corpus, as resources under {@code org/maillage/schemas/1.0/}. That folder is not a package
 * ({@code 1.0} is no Java name), so every module that reads this one can load them. No code.
 */
module org.maillage.schemas {
}
