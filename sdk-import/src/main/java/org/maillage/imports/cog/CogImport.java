package org.maillage.imports.cog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import org.maillage.imports.ImportNote;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Territory;

/**
 * The result of importing one vintage of the COG: the dataset and what could not be mapped.
 *
 * @param dataset the territories, with the envelope
 * @param vintage the COG year, for example 2026
 * @param packageVersion the version of {@code @etalab/decoupage-administratif} read, or null when
 *     the folder had no {@code package.json}
 * @param notes what could not be mapped, in the order met
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CogImport(Dataset dataset, int vintage, String packageVersion, List<ImportNote> notes) {

    /**
     * Requires the dataset; copies the notes.
     *
     * @param dataset the territories, with the envelope
     * @param vintage the COG year, for example 2026
     * @param packageVersion the version of {@code @etalab/decoupage-administratif} read, or null when the folder had no {@code package.json}
     * @param notes what could not be mapped, in the order met
     */
    public CogImport {
        Objects.requireNonNull(dataset, "dataset");
        notes = List.copyOf(notes);
    }

    /**
     * How many territories of each kind the dataset holds, kinds in {@link TerritoryKind} order,
     * kinds without territories left out.
     *
     * @return the counts
     */
    public Map<TerritoryKind, Integer> countsByKind() {
        Map<TerritoryKind, Integer> counts = new EnumMap<>(TerritoryKind.class);
        for (Territory t : dataset.territories()) {
            counts.merge(t.kind(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
