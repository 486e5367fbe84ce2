package org.maillage.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import org.maillage.imports.ImportNote;

/**
 * What an export to FHIR wrote.
 *
 * @param resources how many resources were written
 * @param establishments how many establishment {@code Organization}s (one per facility)
 * @param legalEntities how many legal-entity {@code Organization}s (the organisations facilities belong to)
 * @param locations how many {@code Location}s (one per facility with coordinates)
 * @param notes what the FHIR resources could not say, per entity
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FhirExport(int resources, int establishments, int legalEntities, int locations, List<ImportNote> notes) {

    /**
     * Copies the notes.
     *
     * @param resources how many resources were written
     * @param establishments how many establishment {@code Organization}s (one per facility)
     * @param legalEntities how many legal-entity {@code Organization}s (the organisations facilities belong to)
     * @param locations how many {@code Location}s (one per facility with coordinates)
     * @param notes what the FHIR resources could not say, per entity
     */
    public FhirExport {
        notes = List.copyOf(notes);
    }
}
