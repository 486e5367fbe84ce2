/** FHIR R4 import and export: {@link org.maillage.fhir.FhirImporter}, {@link org.maillage.fhir.FhirExporter}. */
package org.maillage.fhir;
