package org.maillage.imports.finess;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maillage.core.model.DatasetHeader;
import org.maillage.imports.ImportNote;

/**
 * What an import of FINESS extracts wrote, and what it could not map.
 *
 * @param header the envelope of the dataset written
 * @param facilities how many facilities (établissements) were written
 * @param organizations how many organisations (legal entities, one per FINESS EJ number)
 * @param territories how many territories were copied from the COG dataset for the commune links
 * @param positioned how many facilities got coordinates
 * @param linked how many facilities got a commune link
 * @param encodings the encoding each file was read in ({@code UTF-8} or {@code windows-1252}), by file
 * @param notes what could not be mapped, in the order met
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FinessImport(DatasetHeader header, int facilities, int organizations, int territories, int positioned,
        int linked, Map<String, String> encodings, List<ImportNote> notes) {

    /**
     * Requires the header; copies the collections.
     *
     * @param header the envelope of the dataset written
     * @param facilities how many facilities (établissements) were written
     * @param organizations how many organisations (legal entities, one per FINESS EJ number)
     * @param territories how many territories were copied from the COG dataset for the commune links
     * @param positioned how many facilities got coordinates
     * @param linked how many facilities got a commune link
     * @param encodings the encoding each file was read in ({@code UTF-8} or {@code windows-1252}), by file
     * @param notes what could not be mapped, in the order met
     */
    public FinessImport {
        Objects.requireNonNull(header, "header");
        encodings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(encodings));
        notes = List.copyOf(notes);
    }
}
