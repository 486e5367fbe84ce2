/**
 * What every importer shares: {@link org.maillage.imports.ImportNote}, the report of something
 * read that could not be mapped.
 */
package org.maillage.imports;
