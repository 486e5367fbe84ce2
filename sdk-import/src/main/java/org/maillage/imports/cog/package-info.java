/**
 * The importer of the INSEE Code officiel géographique (COG) as shipped by the npm package
 * {@code @etalab/decoupage-administratif}: {@link org.maillage.imports.cog.CogImporter}.
 */
package org.maillage.imports.cog;
