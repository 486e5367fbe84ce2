/** What the importers share and users need not see: reading source text files. Not exported. */
package org.maillage.imports.internal;
