package org.maillage.json.generate;

import java.util.Map;
import java.util.Objects;

/**
 * What a generation wrote.
 *
 * @param size the size generated
 * @param seed the seed
 * @param counts how many entities of each kind were written, by kind name ({@code communes},
 *     {@code epci}, {@code observations}…)
 * @param modified how many entities differ from the base snapshot (0 for a base snapshot)
 * @param added how many entities are not in the base snapshot
 * @param removed how many entities of the base snapshot were left out
 */
public record GenerationSummary(DatasetSize size, long seed, Map<String, Long> counts, long modified, long added,
        long removed) {

    /**
     * Copies the counts.
     *
     * @param size the size generated
     * @param seed the seed
     * @param counts how many entities of each kind were written, by kind name ({@code communes}, {@code epci}, {@code observations}…)
     * @param modified how many entities differ from the base snapshot (0 for a base snapshot)
     * @param added how many entities are not in the base snapshot
     * @param removed how many entities of the base snapshot were left out
     */
    public GenerationSummary {
        Objects.requireNonNull(size, "size");
        counts = Map.copyOf(counts);
    }

    /**
     * The number of entities written.
     *
     * @return the sum of the counts
     */
    public long entities() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * How many entities of a kind were written.
     *
     * @param kind for example {@code communes}
     * @return the count, 0 for an unknown kind
     */
    public long count(String kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
