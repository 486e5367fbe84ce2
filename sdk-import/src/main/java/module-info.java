/**
 * Maillage import: the importers of official sources into Maillage datasets — the INSEE Code
 * officiel géographique ({@code org.maillage.imports.cog}), the FINESS extract of establishments
 * ({@code org.maillage.imports.finess}) and indicator tables ({@code org.maillage.imports.observations}).
 * What an importer cannot map is an {@link org.maillage.imports.ImportNote}, never dropped silently.
 */
module org.maillage.imports {
    requires static transitive org.apiguardian.api;
    requires transitive org.maillage.json;
    requires proj4j;

    exports org.maillage.imports;
    exports org.maillage.imports.cog;
    exports org.maillage.imports.finess;
    exports org.maillage.imports.observations;
}
