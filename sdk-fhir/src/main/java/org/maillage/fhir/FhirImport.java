package org.maillage.fhir;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import org.maillage.core.model.DatasetHeader;
import org.maillage.imports.ImportNote;

/**
 * What an import of FHIR resources wrote, and what it could not map.
 *
 * @param header the envelope of the dataset written
 * @param resources how many resources were read (entries of Bundles counted one by one)
 * @param facilities how many facilities were written (one per establishment {@code Organization})
 * @param organizations how many organisations (legal entities)
 * @param positioned how many facilities got the position of a {@code Location}
 * @param notes what could not be mapped, each with its file and resource
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FhirImport(DatasetHeader header, int resources, int facilities, int organizations, int positioned,
        List<ImportNote> notes) {

    /**
     * Requires the header; copies the notes.
     *
     * @param header the envelope of the dataset written
     * @param resources how many resources were read (entries of Bundles counted one by one)
     * @param facilities how many facilities were written (one per establishment {@code Organization})
     * @param organizations how many organisations (legal entities)
     * @param positioned how many facilities got the position of a {@code Location}
     * @param notes what could not be mapped, each with its file and resource
     */
    public FhirImport {
        Objects.requireNonNull(header, "header");
        notes = List.copyOf(notes);
    }
}
